/**
 * A study repository's front page: a README that the parser already found
 * housekeeping in (the study's rules, members, how it runs) and in which no
 * question is asked anywhere. Its other sections ("주간 작성 원칙", "함께 만들어
 * 가기", "참고할 만한 곳") are about the repository too, not topics to rehearse:
 * each made a card asking to explain it. They are skipped, each named in a
 * warning. A README that asks even one question keeps all its cards, and so
 * does one with no housekeeping (a user's notes may be called README.md).
 */
import type { Ctx } from "./context";

/** Headings of skipped sections that show the study itself (its members, rules, running). */
const STUDY_WORDS = /(스터디|팀원|멤버|규칙|운영|진행|기여|참여|폴더|디렉[토터]리|커밋|브랜치|contribut|member|rule)/i;
/** The reason a skip gives for the study's own housekeeping (a repository's one-line introduction is not enough: notes may follow it). */
const HOUSEKEEPING_REASON = /\((질문이 아닌 )?스터디·저장소 안내\)$/;
/** The tail a prompt made from a topic heading ends with. */
const GENERATED = /에 대해 설명해 주세요\.$/;

/** Drop the topic cards of a study repository's front page (see above), in place. */
export function skipFrontPageTopics(ctx: Ctx, path: string): void {
  if (!/(^|[\\/])readme\.md$/i.test(path) || ctx.drafts.length === 0) return;
  // (a section of its own, not the title's introduction: "# 백엔드 면접 스터디" over a line about the repository may head notes)
  const titleLine = ctx.titleSection?.line ?? 1;
  const housekeeping = ctx.warnings.some((w) => w.line !== titleLine && HOUSEKEEPING_REASON.test(w.message)) || ctx.skipped.some((s) => s.line !== titleLine && STUDY_WORDS.test(s.heading));
  if (!housekeeping || !ctx.drafts.every((d) => (d.role === "" || d.role === "explain") && GENERATED.test(d.prompt))) return;
  for (const d of ctx.drafts) {
    const heading = d.headingPath.at(-1) ?? d.prompt;
    ctx.skipped.push({ line: d.lineStart, heading });
    ctx.warnings.push({ line: d.lineStart, message: `건너뛴 부분: "${heading}" (질문이 아닌 저장소 첫 페이지의 안내)` });
  }
  ctx.drafts.length = 0;
}
