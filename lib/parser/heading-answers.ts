/**
 * Answers written under headings of their own: the sibling answer heading
 * ("## Q. …" then "## A."), the answer one level deeper ("#### 답변:"), an
 * answer begun on its heading's line, the topic headings an empty question
 * names, and the sentence headings that go on with an answer.
 */
import type { Block } from "./blocks";
import { bracketedAnswerRun } from "./bracketed-answer";
import { markAnsweredBeside, numberedRunAnswer } from "./numbered-run-answer";
import { headingBlock, type Ctx } from "./context";
import { isNoise } from "./draft";
import { classifyLabel, isDressedAnswerHeading, normalizeLabel } from "./labels";
import { cleanHeading, hasQuestionPrefix, isQuestion, isRequest } from "./questions";
import { isDescendant, type Section } from "./sections";

/** "## A. …", "## 답: …", "## 답변: …": an answer heading, its answer begun on its own line. */
export const ANSWER_ON_HEADING = /^(?:A\s*\d{0,3}\s*[.:)：]|답변?\s*\d{0,3}\s*[:：])/;

/** Whether a heading says "here is the answer": 답변, 답, A., Answer; also "핵심 답변 (3줄)", "모범 답안", "1분 답변". */
export function isAnswerHeading(s: Section): boolean {
  return (s.role === "label" && s.label === "script") || ANSWER_ON_HEADING.test(s.text) || isDressedAnswerHeading(s.text);
}

/**
 * The group headings after an empty question heading, consumed as its answer: bracketed ones (see bracketed-answer.ts),
 * or the unnumbered ones before the next numbered question (numbered-run-answer.ts).
 */
function bracketedAnswer(ctx: Ctx, sections: Section[], index: number): Block[] {
  const out: Block[] = [];
  const bracketed = bracketedAnswerRun(sections, index);
  const beside = bracketed.length > 0 ? [] : numberedRunAnswer(sections, index);
  if (beside.length > 0) markAnsweredBeside(sections[index]!);
  for (const sub of bracketed.length > 0 ? bracketed : beside) {
    ctx.consumed.add(sub);
    const hb = headingBlock(sub);
    if (hb) out.push(hb);
    out.push(...sub.blocks);
  }
  return out;
}

/**
 * The answer written under the next sibling heading ("## Q. …" then "## A.",
 * "### 질문" then "### 답변"), with its sub-sections; they are consumed.
 */
export function siblingAnswer(ctx: Ctx, sections: Section[], index: number): Block[] {
  const section = sections[index]!;
  let j = nextSibling(sections, index);
  // ("## …제약사항이 있나요?" with nothing under it, then "## 참고하면 좋은 블로그", "## 사전 지식", then "## Answer": what to
  // read and know first stands between the question and its answer, each still read as it is)
  if (section.role === "question" && section.blocks.every((b) => isNoise(b, ctx.source))) {
    for (let k = j, skipped = 0; k < sections.length && skipped < 3 && isBeforeAnswer(sections[k]!, section); k = nextSibling(sections, k), skipped++) {
      const after = nextSibling(sections, k);
      const s = sections[after];
      if (s && s.depth === section.depth && s.parent === section.parent && isAnswerHeading(s)) {
        j = after;
        break;
      }
    }
  }
  const next = sections[j];
  if (!next || next.depth !== section.depth || next.parent !== section.parent || !isAnswerHeading(next)) {
    if (section.role !== "question") return [];
    const bracketed = bracketedAnswer(ctx, sections, index);
    return bracketed.length > 0 ? bracketed : namedTopicAnswer(ctx, sections, section, j);
  }
  const written = answerOnHeading(ctx, next);
  const own = consumeWithSubsections(ctx, sections, j);
  return [...(written ? [written] : []), ...own, ...(written && own.every((b) => isNoise(b, ctx.source)) ? continuedOnHeadings(ctx, sections, j) : [])];
}

/** The index of the next section after `index` that is not inside it. */
function nextSibling(sections: Section[], index: number): number {
  let j = index + 1;
  while (j < sections.length && isDescendant(sections[j]!, sections[index]!)) j++;
  return j;
}

/** "사전 지식", "필요한 사전 지식", "배경 지식": what to know before the answer. */
const PREREQUISITE = /^((필요한|알아야\s*할)\s*)?(사전|배경|선행|기초)\s*지식$|^prerequisites?$/i;

/** A sibling heading that may stand between a question and its answer heading: where to read, what to know first. */
function isBeforeAnswer(s: Section, question: Section): boolean {
  if (s.depth !== question.depth || s.parent !== question.parent) return false;
  const text = normalizeLabel(s.text);
  return (s.role === "label" && s.label === "sources") || /^참고(하면|할\s*만한)/.test(text) || PREREQUISITE.test(text);
}

/**
 * "#### A: …입니다." then "#### 반면 TCP는 …지향합니다." and more sentences, each set as a
 * heading of its own with nothing under it: the answer written big, line by line. The
 * sentence headings right after an answer written on its heading are the rest of that
 * answer (consumed), up to the next heading that asks, labels, or has a body.
 */
function continuedOnHeadings(ctx: Ctx, sections: Section[], answerAt: number): Block[] {
  const answer = sections[answerAt]!;
  const out: Block[] = [];
  for (let k = answerAt + 1; k < sections.length; k++) {
    const s = sections[k]!;
    const hb = headingBlock(s);
    if (!hb || s.parent !== answer.parent || s.depth !== answer.depth || !isSentenceHeading(s.text) || !s.blocks.every((b) => isNoise(b, ctx.source))) break;
    if (k + 1 < sections.length && isDescendant(sections[k + 1]!, s)) break;
    ctx.consumed.add(s);
    const at = ctx.source.slice(hb.start, hb.end).indexOf(s.text.slice(0, 8));
    out.push(at >= 0 ? { ...hb, start: hb.start + at } : hb);
  }
  return out;
}

/** "민수's 답변: …", "답변: …": an answer written on its heading's line, signed by a study group's member perhaps. */
export const SIGNED_ANSWER = /^(?:[\p{L}\p{N}]{1,10}['’]s\s+)?(?:답변?|대답|answer)\s*[:：]\s*\S/iu;

/** A heading that is a sentence of prose, not a name, a label or a question: "반면 TCP 통신은 … 지향합니다." */
function isSentenceHeading(text: string): boolean {
  const t = text.trim();
  if (isQuestion(t) || isRequest(t) || hasQuestionPrefix(t) || ANSWER_ON_HEADING.test(t) || classifyLabel(t) !== null) return false;
  // ("다음은 토큰 기반 인증과 비교해 본다.": a sentence leading on to what comes next, not the answer's)
  if (/^(다음은|다음으로|이제|이번에는|이어서)\s|(본다|보자|알아보자|살펴보자|살펴본다|넘어가자)[.!]?$/.test(t)) return false;
  return /[가-힣]/.test(t) && ((t.length >= 20 && (t.match(/\s/g) ?? []).length >= 3) || /\s\S*(니다|했다|한다|된다|이다|있다|없다)\.?$/.test(t));
}

/** "## A. grep은 …", "### 답: 상속은 …": the answer begun on an answer heading's own line, as a block; null for a bare label. */
export function answerOnHeading(ctx: Ctx, s: Section): Block | null {
  const rest = new RegExp(`${ANSWER_ON_HEADING.source}\\s*(.+)$`).exec(s.text)?.[1];
  const hb = headingBlock(s);
  if (!rest || !hb) return null;
  // (found by its first words: the heading's text has its runs of spaces squeezed, the source does not)
  const at = ctx.source.slice(hb.start, hb.end).indexOf(rest.slice(0, 12));
  return at >= 0 ? { ...hb, start: hb.start + at } : null;
}

/**
 * "# Enum에 대해서 설명해주세요." then "# Enum" over the rest of the note: the
 * topic heading the empty question opens with holds its answer, all of it
 * (sub-headings kept as parts of the answer), when that topic runs to the end
 * of the note. Otherwise the headings right after it at its own depth that it
 * names are its answer, each under its name ("# 스택 & 큐에 대해서 설명해주세요."
 * over "# 스택(Stack)", "# 큐(Queue)"): two or more, or one it opens with.
 */
function namedTopicAnswer(ctx: Ctx, sections: Section[], question: Section, j: number): Block[] {
  const first = sections[j];
  if (!first || first.depth !== question.depth || first.parent !== question.parent || first.role !== "topic") return [];
  const title = namesOfFollowed(sections, question) ?? question.title;
  const name = cleanHeading(first.title).toLowerCase();
  if (name.length >= 2 && cleanHeading(title).toLowerCase().startsWith(name) && subtreeEnd(sections, j) === sections.length) return consumeWithSubsections(ctx, sections, j);
  const named: number[] = [];
  for (let k = j; k < sections.length; k = subtreeEnd(sections, k)) {
    const next = sections[k]!;
    if (next.depth !== question.depth || next.parent !== question.parent || next.role !== "topic" || !namedIn(title, next.title)) break;
    // (a part holding questions or labels of its own is no part of this answer)
    if (sections.slice(k + 1, subtreeEnd(sections, k)).some((s) => s.role !== "topic")) break;
    named.push(k);
  }
  // (one part named is the answer only when the question opens with it, "Heap, Priority Queue에 대해서…" over "# 힙(Heap)":
  // "LRU 캐시를 어떻게 구현하나요?" over "## 캐시" asks of something more than the topic after it)
  if (named.length < 1 || (named.length === 1 && !namedIn(title, sections[named[0]!]!.title, true))) return [];
  // (each part keeps its name: "스택(Stack)" heads what is said of it)
  return named.flatMap((at) => {
    const hb = headingBlock(sections[at]!);
    return [...(hb ? [hb] : []), ...consumeWithSubsections(ctx, sections, at)];
  });
}

/** "각각의 장단점은?", "둘의 사용 사례를 알려주세요": a follow-up that asks of each thing the question before it named. */
// ("둘 다 같은 타입으로 등록하면?" asks of both at once: no answer is written under each of them)
const OF_EACH = /(^|\s)(각각|각자|둘의|두\s*(가지|개)의?|양쪽)|\beach\b/i;

/**
 * The question a follow-up of each (under a follow-up label, "## 꼬리질문" after
 * "## TCP와 UDP의 차이점은?") follows, with its own words: the names it asks
 * of are that question's.
 */
function namesOfFollowed(sections: Section[], question: Section): string | null {
  const label = question.parent;
  if (!OF_EACH.test(question.title) || label?.role !== "label" || label.label !== "followups") return null;
  const asked = (s: Section | null) => s?.role === "question" || s?.role === "topic";
  // (the label after the question it follows, as its sibling under the note's title…)
  for (let k = sections.indexOf(label) - 1; k >= 0; k--) {
    const s = sections[k]!;
    if (s.depth > label.depth) continue;
    if (s.depth === label.depth && asked(s)) return `${s.title} ${question.title}`;
    break;
  }
  // (…or under it)
  return asked(label.parent) ? `${label.parent!.title} ${question.title}` : null;
}

/** The index just past a section and everything under it. */
function subtreeEnd(sections: Section[], index: number): number {
  let end = index + 1;
  while (end < sections.length && isDescendant(sections[end]!, sections[index]!)) end++;
  return end;
}

/**
 * Whether a question names a topic heading: its whole name, or the name or its gloss ("스택(Stack)": 스택, Stack) —
 * a one-letter name ("큐", "힙") as a word of its own — at its start when `opening`; or every name a comparison
 * sets side by side.
 */
function namedIn(question: string, topic: string, opening = false): boolean {
  const asked = cleanHeading(question).toLowerCase().replace(/\s+/g, " ");
  const name = cleanHeading(topic).toLowerCase().replace(/\s+/g, " ").trim();
  const gloss = /^(.+?)\s*\(([^()]+)\)$/.exec(name);
  const names = (gloss ? [name, gloss[1]!, gloss[2]!] : [name]).map((n) => n.trim()).filter(Boolean);
  const said = (n: string) => {
    const at = n.length >= 2 ? asked.indexOf(n) : asked.search(new RegExp(`(^|[\\s&,(/])${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?=$|[\\s&,)/]|(와|과|의|에|는|은|이|가|를|을|란)(\\s|$))`));
    return opening ? at === 0 : at >= 0;
  };
  if (names.some(said)) return true;
  // ("B-Tree vs B+Tree 비교" under "B-Tree & B+Tree 란?": every name it sets side by side is asked)
  const words = name.split(/\s+(?:vs\.?|and|&|와|과)\s+|\s+/).filter((w) => !/^(vs\.?|and|&|비교|차이점?|정리)$/.test(w));
  return words.length >= 2 && words.every((w) => w.length >= 2 && asked.includes(w));
}

/** A section's blocks and those of every section under it (each with its heading), all marked consumed. */
export function consumeWithSubsections(ctx: Ctx, sections: Section[], index: number): Block[] {
  const section = sections[index]!;
  ctx.consumed.add(section);
  const out: Block[] = [...section.blocks];
  for (let k = index + 1; k < sections.length && isDescendant(sections[k]!, section); k++) {
    ctx.consumed.add(sections[k]!);
    const hb = headingBlock(sections[k]!);
    if (hb) out.push(hb);
    out.push(...sections[k]!.blocks);
  }
  return out;
}

/**
 * The answer written one level deeper under the question ("### 질문" then
 * "#### 답변:"): its answer heading and everything under it are consumed.
 */
export function childAnswer(ctx: Ctx, sections: Section[], index: number): Block[] {
  const section = sections[index]!;
  const out: Block[] = [];
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    const sub = sections[j]!;
    if (sub.parent !== section || !isAnswerHeading(sub)) continue;
    const written = answerOnHeading(ctx, sub);
    if (written) out.push(written);
    out.push(...consumeWithSubsections(ctx, sections, j));
  }
  return out;
}

/** The blocks of an asked label's answer run (asked-answer-run.ts), all consumed: the answer heading's own words, the other headings kept as parts. */
export function answerRunBlocks(ctx: Ctx, sections: Section[], { run, answerAt }: { run: number[]; answerAt: number }): Block[] {
  const out: Block[] = [];
  run.forEach((j, i) => {
    const hb = i === answerAt ? null : headingBlock(sections[j]!);
    if (hb) out.push(hb);
    out.push(...consumeWithSubsections(ctx, sections, j));
  });
  return out;
}
