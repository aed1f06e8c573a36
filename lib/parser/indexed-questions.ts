/**
 * A study team's note that opens with the questions it set ("# ❔ 질문" over "1. NSOperationQueue 와
 * GCD Queue 의 차이점을 설명하시오."), then answers them member by member under headings. A question
 * heading the opening list does not name, asked after one it names at the same depth under the same
 * heading, is the team's follow-up of that one ("## NSOperationQueue가 오버헤드가 더 발생하는 이유는
 * 무엇인가요?" after "## NSOperationQueue 와 GCD Queue 의 차이점을 설명하시오."). Before any heading the
 * list names, a member's question is one of its own; so is a topic heading ("## …를 생성하는 방법").
 */
import { RANK, linesOf, type Ctx } from "./context";
import type { CardDraft } from "./draft";
import { withoutGeneratedTail } from "./question-key";
import { cleanHeading, isQuestion, isRequest } from "./questions";

const HEADING = /^\s{0,3}(#{1,6})\s+(.*)$/;

/**
 * How a question asks ("…에 대하여 설명하시오", "…은 무엇인가요?"): shared by questions about anything, so
 * two questions compared by their letters are compared without it.
 */
const ASKING_TAIL = /(에\s*(대해서?|대하여|관해서?)\s*)?((설명|말|말씀|얘기)\s*(해\s*(주세요|주십시오|보세요|봐|줘)|하시오|하세요|해주세요|해보세요)|알려\s*주세요|(은|는|이|가)?\s*(무엇인가요|무엇인가|무엇입니까|뭔가요|뭘까요|무엇일까요))?\s*[.?？!]*\s*$/;

/** The words of a question, for comparing two wordings: no numbering, asking tail, marks, spaces or case. */
const key = (text: string) =>
  withoutGeneratedTail(text)
    .trim()
    .replace(ASKING_TAIL, "")
    .normalize("NFC")
    .toLowerCase()
    .replace(/^\s*(q\s*)?\d{1,2}\s*[.)]\s*/i, "")
    .replace(/<[^>]*>|[\s*_`"'“”‘’.,!?？:：()[\]·\-]+/g, "");

const bigrams = (k: string) => {
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < k.length; i++) out.set(k.slice(i, i + 2), (out.get(k.slice(i, i + 2)) ?? 0) + 1);
  return out;
};

/**
 * Whether two wordings ask the same question: the list and the heading are written by different
 * members ("UIKit클래스들을 다룰 때 꼭 처리해야하는 스레드 이름은?" over "UIKit 클래스들을 다룰 때 꼭
 * 처리해야하는 애플리케이션 쓰레드 이름은 무엇인가?"), so most of their letter pairs are shared.
 */
function sameQuestion(a: string, b: string): boolean {
  const [ka, kb] = [key(a), key(b)];
  if (ka.length < 4 || kb.length < 4) return false;
  if (ka === kb) return true;
  const [ba, bb] = [bigrams(ka), bigrams(kb)];
  let shared = 0;
  for (const [g, n] of ba) shared += Math.min(n, bb.get(g) ?? 0);
  return (2 * shared) / (ka.length - 1 + kb.length - 1) >= 0.6;
}

/** Make each unlisted question heading after a listed one a follow-up of it (see the module comment). */
export function followIndexedQuestions(ctx: Ctx): void {
  if (ctx.unanswered.length === 0 || ctx.drafts.length === 0) return;
  const drafts = [...ctx.drafts].sort((a, b) => a.lineStart - b.lineStart);
  // (the list opens the note: every question in it comes before any answered one)
  const lines = linesOf(ctx.source);
  // (a list: a heading left unanswered above the first answer, "# Context에 대하여 설명하시오" over empty parts, lists nothing)
  const listed = ctx.unanswered.filter((u) => u.line < drafts[0]!.lineStart && !HEADING.test(lines[u.line - 1] ?? ""));
  if (listed.length === 0) return;
  let last: { draft: CardDraft; depth: number; above: string } | null = null;
  for (const d of drafts) {
    const m = HEADING.exec(lines[d.lineStart - 1] ?? "");
    if (!m || d.kind === "followup") continue;
    const depth = m[1]!.length;
    const above = d.headingPath.slice(0, -1).join("\u0000");
    if (last && (depth < last.depth || above !== last.above)) last = null;
    if (listed.some((u) => sameQuestion(u.prompt, d.prompt))) {
      last = { draft: d, depth, above };
      continue;
    }
    const own = cleanHeading(m[2]!);
    if (!last || depth !== last.depth || d.kind !== "qa" || d.parentDraft) continue;
    // (a topic of the member's own, "## …를 생성하는 방법", ends the run of follow-ups)
    if (!(isQuestion(own) || isRequest(own))) {
      last = null;
      continue;
    }
    d.idKind ??= d.kind;
    d.kind = "followup";
    d.rank = RANK.followup;
    d.parentDraft = last.draft;
  }
}

/**
 * The opening list's questions that a heading below answers, worded a little differently: no
 * questions left unanswered. (Run once listed questions have given their words to the cards that
 * explain them exactly, so those keep the list's wording.)
 */
export function dropListedAnsweredBelow(ctx: Ctx): void {
  if (ctx.unanswered.length === 0 || ctx.drafts.length === 0) return;
  const first = Math.min(...ctx.drafts.map((d) => d.lineStart));
  const lines = linesOf(ctx.source);
  const headed = ctx.drafts.filter((d) => HEADING.test(lines[d.lineStart - 1] ?? ""));
  ctx.unanswered = ctx.unanswered.filter((u) => u.line >= first || !headed.some((d) => sameQuestion(u.prompt, d.prompt)));
}
