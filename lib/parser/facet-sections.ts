/**
 * A note with no title heading whose top-level sections are the facets of one
 * subject ("# 한 줄 정의", "# 핵심 개념", "# 헷갈리는 점 / 함정") beside its
 * questions ("# 면접 단골 질문"): the knowledge-card template, its subject named
 * by the front matter's title (a file's name may be a week's or a chapter's).
 * Each facet made a card of its own ("한 줄 정의에 대해 설명해 주세요."),
 * asking nothing a user would rehearse.
 */
import { explainPrompt } from "./context";
import type { CardDraft } from "./draft";
import { normalizeLabel } from "./labels";
import { fromHeading, isNoteFacet } from "./single-question-note";

/** Facets that explain the subject (its answer); the others (함정, 주의할 점, 팁, 체크리스트, 질문 의도) are tips. */
const EXPLAINS = /(정의|개념|요약|정리|설명|summary|definition|key\s*points?)$/i;

const facetName = (d: CardDraft) => d.headingPath[0]!.trim();

/**
 * Fold the top-level facet cards into one card explaining `subject`: the
 * explaining facets, in the note's order and each under its name, are its
 * answer, the others its tips. A facet that holds a question of its own keeps
 * its cards; with fewer than two facets, or none that explains, nothing changes.
 * The first explaining facet's card is the one kept (its id stays).
 */
export function foldFacetSections(drafts: CardDraft[], subject: string): CardDraft[] {
  if (!subject.trim() || isNoteFacet(subject)) return drafts;
  const holdsQuestions = (heading: string) => drafts.some((d) => d.kind !== "followup" && d.headingPath[0] === heading && !fromHeading(d));
  const facets = drafts.filter((d) => d.kind !== "followup" && d.headingPath.length === 1 && fromHeading(d) && isNoteFacet(d.headingPath[0]!) && !holdsQuestions(d.headingPath[0]!));
  const explaining = facets.filter((d) => EXPLAINS.test(normalizeLabel(facetName(d))));
  if (facets.length < 2 || explaining.length === 0) return drafts;
  const target = explaining[0]!;
  const section = (d: CardDraft) => `**${facetName(d)}**\n\n${d.answer}`.trim();
  target.prompt = explainPrompt(subject.trim());
  target.answer = explaining.map(section).join("\n\n");
  target.tips = [...explaining.flatMap((d) => d.tips), ...facets.filter((d) => !explaining.includes(d)).map((d) => [section(d), ...d.tips].join("\n\n"))];
  target.lineEnd = Math.max(...explaining.map((d) => d.lineEnd));
  // (shown under its subject, not under "한 줄 정의"; its id is still made from the heading it had)
  target.idPath = target.idPath ?? target.headingPath;
  target.headingPath = [subject.trim()];
  const folded = new Set(facets.filter((d) => d !== target));
  for (const d of drafts) if (d.parentDraft && folded.has(d.parentDraft)) d.parentDraft = target;
  // (the note's own follow-ups, "# 꼬리 질문" beside the facets, drill its subject)
  for (const d of drafts) if (d.kind === "followup" && !d.parentDraft && d.anchorIsDeck) d.parentDraft = target;
  return drafts.filter((d) => !folded.has(d));
}
