/**
 * Headings that only number or code the question written under them
 * ("### 문제 3", "### 7번", "### #8", "### REDIS-001"): the heading is no
 * topic, the line under it is the question.
 */

/** A heading that only numbers a question: "문제 3", "Q2", "Question 4", "퀴즈 1", "3번", "7." */
const ORDINAL_HEADING = /^((문제|질문|퀴즈|quiz|question|problem|q)\s*\.?\s*\d{1,3}\s*[.:)]?|\d{1,3}\s*번(\s*(문제|질문))?|\d{1,3}[.)]?)$/i;
/** A number no technology is named with: "#8", "No. 3". */
const BARE_CODE = /^(#\d{1,4}|no\.\s*\d{1,4})$/i;
/** "REDIS-001", "OS_12": a bank's code, or a technology's name ("SHA-1", "AES-256", "OAuth-2"). */
const PREFIXED_CODE = /^([A-Z][A-Za-z]{0,11})[-_](\d{1,4})$/;

/**
 * Whether a heading only numbers or codes its question. A prefixed code
 * ("REDIS-001") counts when zero-padded or when two more sibling headings
 * share its prefix and number width, as a bank's codes do; one named
 * technology ("SHA-1", "AES-256") stays the topic of its card.
 */
export function numbersQuestion(heading: string, siblingHeadings: readonly string[]): boolean {
  const text = heading.trim();
  if (ORDINAL_HEADING.test(text) || BARE_CODE.test(text)) return true;
  const code = PREFIXED_CODE.exec(text);
  if (!code) return false;
  const [, prefix, number] = code;
  if (number!.length >= 2 && number!.startsWith("0")) return true;
  const alike = siblingHeadings.filter((s) => {
    const other = PREFIXED_CODE.exec(s.trim());
    return other !== null && s.trim() !== text && other[1] === prefix && other[2]!.length === number!.length;
  });
  return alike.length >= 2;
}
