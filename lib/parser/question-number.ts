/**
 * Headings that only number or code the question written under them
 * ("### 문제 3", "### 7번", "### #8", "### REDIS-001"): the heading is no
 * topic, the line under it is the question.
 */

/** A heading that only numbers a question: "문제 3", "Q2", "Question 4", "퀴즈 1", "3번", "7." */
const ORDINAL_HEADING = /^((문제|질문|퀴즈|quiz|question|problem|q)\s*\.?\s*\d{1,3}\s*[.:)]?|\d{1,3}\s*번(\s*(문제|질문))?|\d{1,3}[.)]?)$/i;
/** A number no technology is named with: "#8", "No. 3". */
const BARE_CODE = /^(#\d{1,4}|no\.\s*\d{1,4})$/i;
/** "REDIS-001", "OS_12", "q-1": a bank's code, or a technology's name ("SHA-1", "RAID-5", "OAuth-2"). */
const PREFIXED_CODE = /^([A-Z][A-Za-z]{0,11})[-_](\d{1,4})$/i;
/**
 * A question that leans on its heading for its subject ("왜 빠를까?", "이제 안전할까?",
 * "디스크 하나가 죽으면?"): short, or opened by a word that points back. A bank's question
 * stands alone ("TIME_WAIT 상태는 왜 필요한가요?").
 */
function leansOnHeading(question: string): boolean {
  const q = question.trim();
  // (a short one that defines a term, "커버링 인덱스란?", names its subject)
  const defines = /(란|이란|무엇인가요|뭔가요|무엇인가|뭐예요|뭔가)[?？]?$/.test(q);
  return (q.replace(/\s+/g, "").length < 12 && !defines) || /^(왜|뭐|뭘|무엇|어떻게|어디|언제|이제|그럼|그러면|그래서|그렇다면|이건|이게|그건|그게|이것|그것)(\s|[?？]|$)/.test(q);
}

/**
 * Whether a heading only numbers or codes the question under it. A prefixed code
 * ("REDIS-001", "NET-10") counts when zero-padded or beside another heading with the
 * same prefix, and only over a question that stands alone: a technology named with a
 * number ("SHA-1", "RAID-5") over "왜 빠를까?" stays the subject of its card.
 * `question` is the line under the heading, when known.
 */
export function numbersQuestion(heading: string, siblingHeadings: readonly string[], question?: string): boolean {
  const text = heading.trim();
  if (ORDINAL_HEADING.test(text) || BARE_CODE.test(text)) return true;
  const code = PREFIXED_CODE.exec(text);
  if (!code || (question !== undefined && leansOnHeading(question))) return false;
  const [, prefix, number] = code;
  if (number!.length >= 2 && number!.startsWith("0")) return true;
  return siblingHeadings.some((s) => s.trim() !== text && PREFIXED_CODE.exec(s.trim())?.[1]!.toLowerCase() === prefix!.toLowerCase());
}
