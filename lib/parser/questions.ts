/**
 * Recognising questions and cleaning prompt text.
 */

/** `Q.`, `Q1.`, `Q:`, `Q)`, `Q 2.` at the start of a line (after emphasis is removed). */
const Q_PREFIX = /^\s*Q\s*\d{0,3}\s*[.:)：]\s*/;
/** `A.`, `A1:`, `A)` at the start of an answer. */
const A_PREFIX_TEXT = /^\s*A\s*\d{0,3}\s*[.:)：]\s*/;
/** Same, but in Markdown source, where the marker may be wrapped in emphasis. */
const A_PREFIX_SOURCE = /^[ \t]*(\*\*|__)?(\*|_)?A\s*\d{0,3}\s*[.:)：](\*|_)?(\*\*|__)?[ \t]*\n?/;

/** Korean endings that make a heading a question even without "?". */
const KOREAN_QUESTION_END = /(인가요|일까요|할까요|을까요|나요|습니까|입니까|인가|는가|일까|할까|뭘까|란|이란|무엇인가|무엇일까|무엇인지|뭔가요|뭐죠|차이점은|차이는)$/;

/** Whether text starts with a `Q.`-style marker. */
export function hasQuestionPrefix(text: string): boolean {
  return Q_PREFIX.test(text);
}

/** Remove a `Q.`-style marker. */
export function stripQuestionPrefix(text: string): string {
  return text.replace(Q_PREFIX, "").trim();
}

/** Whether plain answer text starts with an `A.` marker. */
export function hasAnswerPrefix(text: string): boolean {
  return A_PREFIX_TEXT.test(text);
}

/** Remove an `A.` marker (possibly bold/italic) from the start of Markdown source. */
export function stripAnswerPrefix(markdown: string): string {
  return markdown.replace(A_PREFIX_SOURCE, "").trim();
}

/**
 * Whether a heading or line is phrased as a question: `Q.` prefix, a final
 * "?", or a Korean interrogative ending.
 */
export function isQuestion(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 300) return false;
  if (hasQuestionPrefix(t)) return true;
  if (/[?？]\s*(\)|\([^()]*\))?$/.test(t)) return true;
  return KOREAN_QUESTION_END.test(t.replace(/[\s.]+$/, ""));
}

/**
 * Clean heading text for display and ids: drop emoji, wrapping brackets,
 * numbering ("1.", "2-1)"), note prefixes ("추가 내용1:", "Q2."), trailing colons.
 * Falls back to the original text when cleaning would leave nothing.
 */
export function cleanHeading(text: string): string {
  const cleaned = text
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(\d{1,3}(\.\d{1,3})+\.?|\d{1,3}[.)]|[([]\d{1,3}[)\]])\s+/, "")
    .replace(/^(추가\s*(내용|질문)|꼬리\s*질문|질문|예상\s*질문)\s*\d{0,3}\s*[:：.)]\s*/, "")
    .replace(Q_PREFIX, "")
    .replace(/^\[\s*(.*?)\s*\]$/, "$1")
    .replace(/\s*[:：]$/, "")
    .trim();
  return cleaned || text.replace(/\s+/g, " ").trim();
}
