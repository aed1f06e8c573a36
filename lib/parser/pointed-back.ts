/**
 * "그렇다면 …인가?" written inside an answer (a folded `<details>` body, a quoted
 * answer), its answer on the lines after it: the interviewer's next question,
 * pointing back at the answer just given. Sections already treat such a
 * paragraph as a follow-up (segments.ts, `pointedBack`); an answer is read the same way.
 */
import { POINTS_BACK } from "./body-followups";
import { cleanAnswer } from "./draft";
import { asksOfItsOwn, namesItsSubject } from "./own-question";
import { isQuestion } from "./questions";

export interface FoldedQuestion {
  question: string;
  answer: string;
  /** Its answer was written as a quote (a picture before it aside), before the answer was cleaned. */
  quoted?: boolean;
  /** The follow-up asked just before that this one drills into ("꼬리 2) 그럼 …?" after "꼬리 1) …?"), when not the card's question. */
  drills?: FoldedQuestion;
}

/** An answer written as a quote, a picture of what it asks about perhaps first ("![loop](…)" over "> …"). */
const QUOTED_ANSWER = /^(\s*!\[[^\]]*\]\([^)]*\)\s*\n)*\s*>/;

/** "+그렇다면 …?", "**그럼 …?**" at the margin: markup and a leading "+" aside. */
function asksBack(line: string): string | null {
  // (an indented line belongs to a list item or code: part of the answer's own structure)
  if (/^\s/.test(line)) return null;
  // ('"그럼 …괜찮나요?"': the interviewer's words in quotes)
  const text = line.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|`)/g, "").replace(/^\+\s*/, "").trim().replace(/^["“]\s*([^"“”]+?[?？])\s*["”]$/u, "$1");
  if (!/[?？]$/.test(text) || text.length > 200 || !POINTS_BACK.test(text) || !isQuestion(text)) return null;
  return text;
}

/** The kind of list item a line at the margin opens ("1." or "-"), or null. */
function itemKind(line: string): string | null {
  const m = /^(\d{1,3}[.)]|[-*+])\s/.exec(line);
  return m ? (/\d/.test(m[1]!) ? "ordered" : m[1]!) : null;
}

/** Whether the text before a question ends in a list that goes on after the question's answer. */
function interruptsList(own: string[], body: string[]): boolean {
  const last = [...own].reverse().find((l) => l.trim());
  const kind = last ? itemKind(last) : null;
  if (!kind) return false;
  const firstGap = body.findIndex((l) => !l.trim());
  return firstGap >= 0 && body.slice(firstGap).some((l) => itemKind(l) === kind);
}

/** Where the answer of a folded question ends: a heading, or a paragraph that sums up the parent's answer. */
const ENDS_ANSWER = /^(#{1,6}\s|(정리하면|정리하자면|결론적으로|결론은|요약하면|요약하자면|종합하면|결국)[\s,])/;

/** A paragraph's subject: the word its first clause is about, markup and particle aside ("**Stack** 영역은" → "stack", "Heap에는" → "heap"); "" for a connective ("하지만", "따라서"). */
function subjectOf(line: string): string {
  const [first = "", second = ""] = line.replace(/[*_`>#]/g, "").trim().split(/\s+/);
  const TOPIC = /(에는|에서는|은|는|이|가)$/;
  if (TOPIC.test(first) && first.replace(TOPIC, "").length >= 2) return first.replace(TOPIC, "").toLowerCase();
  return /^[A-Za-z][\w/+-]*$/.test(first) && TOPIC.test(second) ? first.toLowerCase() : "";
}

/**
 * Whether a paragraph after a folded question's answer goes back to the parent's answer: it opens
 * with something the parent's answer named before the question (a list of parts it walks through)
 * that neither the question nor its answer so far names.
 */
function returnsToParent(line: string, own: string[], question: string, answer: string[]): boolean {
  const subject = subjectOf(line);
  if (subject.length < 2 || /^[\d\-+.]/.test(subject)) return false;
  // (a paragraph that points back at what was just said, "…이 과정이 짧게 끝나고", goes on with it)
  if (/(^|\s)(이|그|이런|그런)\s*(과정|방식|경우|작업|동작|때문)|이렇게|이때|이로\s*인해|그래서|따라서/.test(line)) return false;
  // (…not one the question or its answer so far already speaks of: "Young 영역은 …" going on about a Minor GC)
  return own.join(" ").toLowerCase().includes(subject) && !question.toLowerCase().includes(subject) && !answer.join(" ").toLowerCase().includes(subject);
}

/**
 * Split an answer (Markdown) at paragraphs opened by a pointed-back question that
 * asks something of its own, once the answer has begun and when text answers it:
 * the answer of its own and each question with the lines after it. Left whole when
 * any such question goes unanswered, restates `parent`, or interrupts a list that goes
 * on after it; a heading or a closing summary ("정리하면 …") ends a question's answer.
 * Fenced code is never read for questions.
 */
export function splitPointedBack(answer: string, parent: string, asks: (line: string, next: string | undefined) => string | null = asksBack): { answer: string; asked: FoldedQuestion[] } {
  const lines = answer.split("\n");
  const own: string[] = [];
  const asked: { question: string; body: string[] }[] = [];
  const after: string[] = [];
  let fence: string | null = null;
  let closed = false;
  lines.forEach((text, i) => {
    const marker = /^[ \t]*(```|~~~)/.exec(text)?.[1] ?? null;
    if (marker && (fence === null || fence === marker)) fence = fence === null ? marker : null;
    // (a line holding only "<br>" is the blank line of an answer written in html)
    const opensParagraph = i === 0 || !lines[i - 1]!.replace(/<\/?br\s*\/?>/gi, "").trim();
    const question = fence === null && !marker && opensParagraph && !closed ? asks(text, lines[i + 1]) : null;
    // (a heading or a closing summary after a question's answer is the parent's again; so is a paragraph
    // that goes on to the next thing the parent's answer named, "Stack 영역은 …" after a question about the Heap)
    if (asked.length > 0 && fence === null && opensParagraph && (ENDS_ANSWER.test(text) || (asked.at(-1)!.body.some((l) => l.trim()) && returnsToParent(text, own, asked.at(-1)!.question, asked.at(-1)!.body)))) closed = true;
    if (question && (asked.length > 0 || own.some((l) => l.trim()))) asked.push({ question, body: [] });
    else (closed ? after : (asked.at(-1)?.body ?? own)).push(text);
  });
  if (asked.length === 0) return { answer, asked: [] };
  const whole = { answer, asked: [] };
  for (const a of asked) {
    if (!cleanAnswer(a.body.join("\n")) || !asksOfItsOwn(a.question, parent)) return whole;
  }
  if (interruptsList(own, asked[0]!.body)) return whole;
  return { answer: cleanAnswer([...own, "", ...after].join("\n")), asked: asked.map((a) => ({ question: a.question, answer: cleanAnswer(a.body.join("\n")), quoted: QUOTED_ANSWER.test(a.body.join("\n")) })) };
}

/** "이런 에러", "그 방식", "예를 들어 …": a question that leans on what was just said, or a worked example's. */
const LEANS_ON_CONTEXT = /(^|\s)(이런|그런|저런|이러한|그러한|이와\s*같은|위와\s*같은|이|그)\s|^(예를\s*들어|예컨대|가령|만약)/;

/**
 * "***리플로우와 리페인트가 무엇인가요? <br>", "**Q. …?**" opening a paragraph of a
 * fold's answer, answered on the very next lines: a question of a few words that
 * names its subject (not a musing, "무엇이 다를까요?"), its html line break aside.
 * Set apart by emphasis or a "Q." mark it asks; written `plain`, it asks only when
 * it leans on nothing said before it (plain prose asking is as often the writer's
 * narration, "왜 이런 정책이 필요할까요?") — the caller also wants its answer whole in one paragraph.
 */
export function asksOverAnswer(line: string, next: string | undefined, plain = false): string | null {
  if (/^\s/.test(line) || next === undefined || !next.replace(/<\/?br\s*\/?>/gi, "").trim()) return null;
  const bare = line.replace(/(<\/?br\s*\/?>\s*)+$/i, "").trim();
  const marked = /^(\*\*|__)/.test(bare) || /^(\*\*|__)?\s*Q\s*\d{0,3}\s*[.):]/.test(bare);
  if (marked === plain) return null;
  const text = bare.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|`)/g, "").replace(/^[*_\s]+|[*_\s]+$/g, "").replace(/^Q\s*\d{0,3}\s*[.):]\s*/, "");
  if (!/[?？]$/.test(text) || text.length > 60 || /^[-+>|#(]|^\d{1,3}[.)]\s|[.!?]\s|\.\./.test(text) || !isQuestion(text) || !namesItsSubject(text)) return null;
  if (plain && LEANS_ON_CONTEXT.test(text)) return null;
  return text;
}

/** {@link asksOverAnswer} for a question written as plain prose. */
export const asksOverAnswerPlainly = (line: string, next: string | undefined) => asksOverAnswer(line, next, true);

/**
 * "오버로딩을 사용하는 이유?" alone in a paragraph of its own at the margin, a
 * question mark closing it: the next question, asked in the middle of an answer.
 */
export function asksAlone(line: string, next: string | undefined): string | null {
  if (/^\s/.test(line) || (next !== undefined && next.trim() !== "")) return null;
  const text = line.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/(\*\*|__|`)/g, "").trim();
  // (one short sentence: a musing "…어렵다.. 렌더링..? 파싱..?" or a remark carried into a question is no question of its own)
  if (!/[?？]$/.test(text) || text.length > 40 || /^[-*+>|#(]|^\d{1,3}[.)]\s|[.!?]\s|\.\./.test(text) || !isQuestion(text)) return null;
  return asksBack(line) ?? text;
}
