/**
 * Follow-ups written as marked lines inside an answer, each answered on the
 * lines under it:
 *
 *     외부 단편화로 메모리가 낭비됩니다. …
 *     꼬리 1) 페이지로 나누면 생기는 문제는 없나요?
 *     내부 단편화가 생깁니다.
 *     꼬리 2) 해결 방법은 없나요?
 *     …
 *
 * The marker ("꼬리 1)", "꼬리질문 2:", "Follow-up 1 -", "(꼬리질문)" on a list item) says the line is the
 * interviewer's next question, so it needs no further sign that it asks; a note
 * mark ("※ 웹 컨테이너란?") does when the line ends in a question mark. Some
 * templates put the whole answer in a code fence labelled as code ("```js" over
 * Korean sentences): such a fence holding marked lines is the author's prose and is
 * read without its fence.
 */
import { POINTS_BACK } from "./body-followups";
import { cleanAnswer } from "./draft";
import { fencedLines, fencedRanges } from "./fences";
import type { FoldedQuestion } from "./pointed-back";
import { BRACKETED_FOLLOWUP, FOLLOWUP_MARK, isQuestion, isRequest } from "./questions";

/** "※ 웹 컨테이너란?": a side question the writer answers in passing, marked as a note. */
const NOTE_MARK = /^\s*※\s*/;
/** "+) String은 무슨 타입인가요? 참조 타입": a question added to the answer just given (as extract-body's question lines read it). */
const ADDED_MARK = /^\s*\+\s*\)\s*/;

/** '"…보이나요?" → "두 변수가 …"': a question and its answer each in quotes, as said aloud; read without them. */
const QUOTED_PAIR = /^(?:"([^"]+[?？])"|“([^”]+[?？])”)\s*(→|->|=>)\s*(.*?)$/;
const unquotePair = (text: string) => {
  const m = QUOTED_PAIR.exec(text);
  if (!m) return text;
  const answer = m[4]!.replace(/^"([^"]*)"$|^“([^”]*)”$/, "$1$2");
  return `${m[1] ?? m[2]} ${m[3]} ${answer}`;
};

/** A marked line that asks: "꼬리 1) 이유가 무엇인가요?" → "이유가 무엇인가요?"; null otherwise. */
function markedQuestion(line: string): string | null {
  // ("- (꼬리질문) …를 설명해주세요." as an item of the answer's list: the bracketed mark, bullet and all)
  // ("> 🤔 꼬리 질문: …?": an emoji before the marker dresses it, as on a heading)
  // ("- 꼬리 질문: …": the marker opening an item of the answer's list)
  // ("- **꼬리 질문**: …": the marker set in bold, its label's colon outside)
  const text = line.replace(/^[\s>*_]+/, "").replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s*_]+(?=\S)/u, "").replace(/^([-*+]|\d{1,2}[.)])\s+(?=[[(【]|\**(꼬리|follow[- ]?up))/iu, "").replace(/^(\*\*|__)((?:꼬리|follow)[^*_\n]{0,12})\1/iu, "$2");
  const mark = [FOLLOWUP_MARK, BRACKETED_FOLLOWUP, NOTE_MARK, ADDED_MARK].find((m) => m.test(text));
  if (!mark) return null;
  // ('**꼬리 Q1-1. "그럼 …조건은?"**': the question quoted whole, as said aloud, is read without its quotes)
  const question = unquotePair(text.replace(mark, "").replace(/[*_]+$/, "").trim()).replace(/^"([^"]+[?？])"$|^“([^”]+[?？])”$/, "$1$2");
  if (!question) return null;
  // (a note asks only with its question mark: "※ 자세한 내용은 아래 참고" is a note, not a question)
  if (mark === NOTE_MARK) return /[?？]$/.test(question) && isQuestion(question) ? question : null;
  // (an added remark is a question only with its question mark: "+) 이 때문에 …로 구분하기도 한다." is a remark)
  // (…and only as a whole question of a few words: "+) 왜? 라고 다시 묻는다면: …", "+) 면접관이 '…죠?'라고 물어봄" are remarks)
  if (mark === ADDED_MARK) {
    const q = asked(question);
    return /[?？]/.test(question) && closes(q) && q.replace(/[\s?？]/g, "").length >= 4 && isQuestion(q) ? question : null;
  }
  // ("꼬리질문) 라운드 로빈과 최소 연결 방식" over its answer: the marker asks, the words name what it asks about)
  return isQuestion(question) || isRequest(question) || NAMES_WHAT_IS_ASKED.test(question) ? question : null;
}

/** A short noun phrase, no sentence and no remark ("없음", "아래 참고", "기억 안 남", "모름"), naming what a marked follow-up asks about. */
const NAMES_WHAT_IS_ASKED = /^(?!(없음|없다|없습니다|생략|아래\s*참고|참고|패스|pass|모름|몰라|미정)$)(?!.*(기억\s*(이\s*)?(안|못)|모르|몰라|못\s*(함|했|들)|안\s*(남|함|됨)$))[^.!?？。:：]{2,40}(?<![다요음함임죠남][.!]?)$/i;

/**
 * "…같은가요? → 소유권 차이로 다름", "…무슨 타입인가요? 참조 데이터 타입": a question
 * answered on its own line, after an arrow or after its question mark and a space
 * (not by a second question, a remark in brackets, or "…?라고 물었다": the
 * question was being quoted). A "?" in code ("`?.` 연산자는…?") is not its end.
 */
const INLINE_ANSWER = /^((?:[^?？`]|`[^`]*`)*?[?？])(?:\s*(?:→|->|=>)\s*(\S.*)|\s+(?!라고|라는|하고|고\s)([^\s?？(（[\]'"‘’“”][^?？]*))$/;

/** Whether brackets and quotes close within the text: "타입(String?" is cut inside a bracket, no question of its own. */
function closes(text: string): boolean {
  const bare = text.replace(/`[^`]*`/g, "");
  const count = (re: RegExp) => (bare.match(re) ?? []).length;
  return count(/[(（]/g) === count(/[)）]/g) && count(/\[/g) === count(/\]/g) && count(/["']/g) % 2 === 0 && count(/[“‘]/g) === count(/[”’]/g);
}

/** The question of a marked line answered on its own line ("…같은가요? → 다름"), or null. */
const inlineOf = (line: string) => {
  const q = markedQuestion(line);
  return q === null ? null : (INLINE_ANSWER.exec(q)?.[1] ?? null);
};


/** A marked line's question without an answer written after it on the same line. */
const asked = (question: string) => INLINE_ANSWER.exec(question)?.[1] ?? question;

/** A list item's line: its indentation. */
const ITEM = /^([ \t]*)([-*+]|\d{1,2}[.)])[ \t]+\S/;

/** A line of code rather than a sentence: it ends a statement or opens with a keyword or a comment. */
const CODE_LINE = /[;{}]\s*$|^\s*(\/\/|#include|import\s|const\s|let\s|var\s|function\b|class\b|return\b)/;

/** Fences around marked lines whose other lines are all Korean sentences, taken off (their text kept, their end marked). */
function unfenceProse(answer: string): string {
  const lines = answer.split("\n");
  for (const [from, to] of fencedRanges(lines).reverse()) {
    if (to === lines.length - 1 && !/^[ \t]*(`{3,}|~{3,})[ \t]*$/.test(lines[to]!)) continue;
    const body = lines.slice(from + 1, to).filter((l) => l.trim());
    const marked = body.some((l) => markedQuestion(l) !== null);
    if (marked && body.every((l) => /[가-힣]{2,}/.test(l) && !CODE_LINE.test(l))) lines.splice(from, to - from + 1, ...lines.slice(from + 1, to), FENCE_END);
  }
  return lines.join("\n");
}

/** Where an unfenced answer's fence closed: a follow-up's answer inside it ends there. */
const FENCE_END = "\u0000";

/**
 * Take marked follow-up lines out of an answer. Each takes the lines under it,
 * up to the next marked line, as its answer; one with nothing under it stays
 * in the answer as written (nothing is lost). Returns the answer left and the
 * follow-ups in order.
 */
export function splitMarkedFollowupLines(answer: string): { answer: string; asked: FoldedQuestion[] } {
  if (!/꼬리|follow[- ]?up|※|\+\s*\)/i.test(answer)) return { answer, asked: [] };
  const text = unfenceProse(answer);
  const lines = text.split("\n");
  const marks = lines.flatMap((l, i) => (markedQuestion(l) !== null ? [i] : []));
  // (a marked line inside a fence that stayed code is the code's, not a question of the note)
  const inCode = fencedLines(lines);
  const open = marks.filter((i) => !inCode.has(i));
  if (open.length === 0) return { answer, asked: [] };
  const asked: FoldedQuestion[] = [];
  const kept: string[] = lines.slice(0, open[0]);
  for (const [k, at] of open.entries()) {
    // (a note's answer is its own paragraph: "※ …란?" explains a term in passing; so is an added question's,
    // "+) …인가요? 참조 타입", one of the answer's added items)
    const bare = lines[at]!.replace(/^[\s>*_]+/, "");
    const blank = NOTE_MARK.test(bare) || ADDED_MARK.test(bare) ? lines.findIndex((l, i) => i > at && !l.trim()) : -1;
    const next = Math.min(open[k + 1] ?? lines.length, blank === -1 ? lines.length : blank);
    // (its answer ends at a heading or a rule: what follows is the parent answer's next part)
    // (…or where the fence it was written in closed)
    // (…or, for a marked item of a list, at the list's next item: "- (꼬리질문) …?" answers under itself only)
    const item = ITEM.exec(lines[at]!);
    const stop = lines.findIndex((l, i) => i > at && i < next && (l === FENCE_END || /^[ \t]*(#{1,6}[ \t]|(-{3,}|\*{3,}|_{3,})[ \t]*$)/.test(l) || (item !== null && (ITEM.exec(l)?.[1]!.length ?? Infinity) <= item[1]!.length)));
    let end = stop === -1 ? next : stop;
    // ("- [꼬리] …같은가요? → 소유권 차이로 다름": the answer written after an arrow on the same line)
    const inline = INLINE_ANSWER.exec(markedQuestion(lines[at]!)!);
    // ("- (꼬리) …?" then "- 아니다, …" as the list's last item: that item answers it)
    if (item && !inline && end === at + 1 && end < next && !lines.slice(end + 1, next).some((l) => ITEM.test(l)) && !/[?？]\s*$/.test(lines[end]!)) end = next;
    const body = cleanAnswer([inline?.[2] ?? inline?.[3] ?? "", ...lines.slice(at + 1, end)].join("\n"));
    const question = inline?.[1] ?? markedQuestion(lines[at]!)!;
    // ("꼬리 2) …" then "꼬리 3) 그럼 가장 작게 만들면 …?": a marked question that points back drills into the answer just
    // given, so it follows the marked question before it; a remedy asked so, "해결 방법은 없나요?", is parents.ts's)
    const before = k > 0 && asked.at(-1)?.question === (inlineOf(lines[open[k - 1]!]!) ?? markedQuestion(lines[open[k - 1]!]!)) ? asked.at(-1) : undefined;
    if (body) asked.push({ question, answer: body, ...(before && POINTS_BACK.test(question) ? { drills: before } : {}) });
    else kept.push(...lines.slice(at, end));
    // (the list goes on where the marked item was: no blank line makes it a loose list)
    if (end < next) kept.push(...(item && stop !== -1 ? [] : [""]), ...lines.slice(end, next));
    // (after a note's paragraph, the answer goes on up to the next marked line)
    if (next < (open[k + 1] ?? lines.length)) kept.push(...lines.slice(next, open[k + 1] ?? lines.length));
  }
  return asked.length > 0 ? { answer: cleanAnswer(kept.filter((l) => l !== FENCE_END).join("\n")), asked } : { answer, asked: [] };
}
