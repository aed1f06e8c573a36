/**
 * A note about one interview question, laid out as a template: its title names
 * the question, and sections right under it are facets of its answer ("## 한 줄
 * 정의", "## 질문 의도", "## 30초 답변", "## 핵심 요약", "## 최종 체크리스트").
 * The title is one card: the answer section its model answer, the facets its
 * tips. Each facet made a card of its own before ("한 줄 정의에 대해 설명해 주세요.").
 */
import type { Block } from "./blocks";
import { explainPrompt } from "./context";
import type { CardDraft } from "./draft";
import { normalizeLabel } from "./labels";
import { cleanPrompt, isQuestion, isRequest } from "./questions";
import type { Section } from "./sections";

/** Headings that name a facet of one answer, not a question of their own. */
const NOTE_FACET =
  /^(한\s*줄\s*(정의|요약|정리)|정의|개념|핵심\s*(개념|요약|정리|포인트|키워드)|요약|정리|질문\s*의도|출제\s*의도|면접관(의)?\s*의도|의도|(핵심\s*)?키워드|상세\s*설명|자세한\s*설명|보충\s*설명|추가\s*설명|(답변\s*)?포인트|(최종\s*)?체크\s*리스트|주의할\s*점|주의\s*점|실수하기\s*쉬운\s*점|헷갈리는\s*(점|부분)|함정|흔한\s*(실수|오해)|(면접\s*)?팁|tips?|key\s*points?|summary|definition)$/i;

/** The section that holds the model answer: 답변, 스크립트, 30초 답변, 면접 답변 예시, 모범 답안 … */
const ANSWER_SECTION = /^((핵심|모범|예시|최종|짧은|간단한?|면접|말하기|\d{1,2}\s*(분|초))\s*)?(답변|답안|대답|스크립트|answer|script)(\s*(예시|스크립트))?$/i;

const asks = (text: string) => isQuestion(text) || isRequest(text);

/** A heading that names a facet of one answer ("한 줄 정의", "핵심 개념", "헷갈리는 점 / 함정"), never a note's subject. */
export const isNoteFacet = (heading: string) => normalizeLabel(heading).split(/\s*[/·]\s*/).every((part) => NOTE_FACET.test(bare(part)));
const bare = (heading: string) => normalizeLabel(heading).replace(/\s*[(（][^)）]{0,20}[)）]?$/, "").trim();

/** A card whose prompt was made from its heading (a topic explained, a labelled script), not a question written in the note. */
export const fromHeading = (d: CardDraft) => d.role === "" || d.role === "explain";

/**
 * Fold the facet cards right under a note's title ("## 한 줄 정의", "## 질문 의도",
 * "## 핵심 요약") into the card under the one answer heading right under the title
 * ("## 30초 답변", "## 면접 답변 예시"), asked as the title when the title has no card
 * of its own. A facet section that holds questions of its own keeps its cards; other
 * cards stay as they are; with no answer heading there, or two, nothing changes.
 */
export function foldSingleQuestionNote(drafts: CardDraft[], title: Section | null): CardDraft[] {
  if (!title) return drafts;
  const mains = drafts.filter((d) => d.kind !== "followup");
  // (a note of several questions, "## 자기소개를 해 주세요." then "## 예시 답변": that answer is the question's, not the title's)
  if (drafts.some((d) => d.headingPath[0] === title.text && d.headingPath[1] !== undefined && asks(cleanPrompt(d.headingPath[1])))) return drafts;
  const underTitle = mains.filter((d) => d.headingPath.length === 2 && d.headingPath[0] === title.text);
  const answers = underTitle.filter((d) => ANSWER_SECTION.test(bare(d.headingPath[1]!)));
  if (answers.length !== 1) return drafts;
  const target = answers[0]!;
  // ("## 체크리스트" over "- 페이지 폴트가 나면 어떻게 되나요?" and its answer: questions, not a facet)
  const holdsQuestions = (heading: string) => mains.some((d) => d.headingPath[0] === title.text && d.headingPath[1] === heading && !fromHeading(d));
  const facets = underTitle.filter((d) => d !== target && fromHeading(d) && NOTE_FACET.test(bare(d.headingPath[1]!)) && !holdsQuestions(d.headingPath[1]!));
  if (facets.length === 0) return drafts;
  // (the title's own card, its intro, already asks the title: two cards would ask the same)
  if (!mains.some((d) => d.headingPath.length === 1 && d.headingPath[0] === title.text)) target.prompt = asks(title.title) ? cleanPrompt(title.title) : explainPrompt(title.title);
  // (tips in the note's order, each under its heading)
  target.tips = [...facets.map((d) => `**${d.headingPath[1]!.trim()}**\n\n${[d.answer, ...d.tips].filter(Boolean).join("\n\n")}`), ...target.tips];
  for (const d of drafts) if (d.parentDraft && facets.includes(d.parentDraft)) d.parentDraft = target;
  // (the note's own follow-ups, "## 예상 꼬리 질문" under the title, drill its one question, not a part of its explanation)
  for (const d of drafts) if (d.kind === "followup" && !d.parentDraft && d.anchorIsDeck) d.parentDraft = target;
  return drafts.filter((d) => !facets.includes(d));
}

/**
 * A question heading whose parts are a template's: facets ("질문 의도", "핵심 개념") and one
 * answer part ("면접 답변 예시"). Gives that part's blocks as the answer and each facet,
 * under its name, as a tip; null when any part is something else (a sub-topic explained,
 * a second answer) or a facet asks a question of its own, so an ordinary question keeps
 * every part in its answer.
 */
export function templateParts(parts: Map<Section, Block[]>, markdownOf: (blocks: Block[]) => string, asks: (block: Block) => boolean): { answer: Block[]; tips: string[] } | null {
  const named = [...parts].filter(([part]) => part.heading);
  if (named.length < 2 || named.length !== parts.size) return null;
  const answers = named.filter(([part]) => ANSWER_SECTION.test(bare(part.text)));
  if (answers.length !== 1 || !named.every(([part]) => answers[0]![0] === part || NOTE_FACET.test(bare(part.text)))) return null;
  // (a facet that asks something of its own, "**Q. …?**" or a fold, holds a follow-up: a tip would hide its question)
  if (named.some(([part, blocks]) => part !== answers[0]![0] && blocks.some(asks))) return null;
  const answer = answers[0]![1];
  if (!markdownOf(answer)) return null;
  const tips = named.filter(([part]) => part !== answers[0]![0]).map(([part, blocks]) => `**${part.text.trim()}**\n\n${markdownOf(blocks)}`.trim());
  return { answer, tips };
}
