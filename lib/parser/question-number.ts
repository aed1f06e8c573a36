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
 * Whether a heading only numbers or codes the question under it. A prefixed code
 * ("REDIS-001", "NET-10", "OS-1") counts when zero-padded, or when the headings beside
 * it with the same prefix, it included, number a run with no gaps (NET-7 … NET-10), as
 * a bank's codes do; technologies named with numbers ("RAID-0/1/5", "Java-8/11/17",
 * "UTF-8/16", "SHA-1" alone) stay the subjects of their cards.
 */
export function numbersQuestion(heading: string, siblingHeadings: readonly string[]): boolean {
  const text = heading.trim();
  if (ORDINAL_HEADING.test(text) || BARE_CODE.test(text)) return true;
  const code = PREFIXED_CODE.exec(text);
  if (!code) return false;
  const [, prefix, number] = code;
  if (number!.length >= 2 && number!.startsWith("0")) return true;
  const numbers = codeRuns(siblingHeadings).get(prefix!.toLowerCase()) ?? [];
  // (the heading is one of its own siblings, or passed apart from them)
  const all = numbers.includes(Number(number)) ? numbers : [...numbers, Number(number)].sort((x, y) => x - y);
  return all.length >= 2 && all.every((n, i) => i === 0 || n === all[i - 1]! + 1);
}

const runsOf = new WeakMap<readonly string[], Map<string, number[]>>();

/** The distinct numbers of the prefixed codes among some headings, by prefix (lower case), sorted; computed once per list. */
function codeRuns(headings: readonly string[]): Map<string, number[]> {
  const known = runsOf.get(headings);
  if (known) return known;
  const found = new Map<string, Set<number>>();
  for (const h of headings) {
    const m = PREFIXED_CODE.exec(h.trim());
    if (!m) continue;
    const key = m[1]!.toLowerCase();
    found.set(key, (found.get(key) ?? new Set()).add(Number(m[2])));
  }
  const runs = new Map([...found].map(([key, set]) => [key, [...set].sort((x, y) => x - y)]));
  runsOf.set(headings, runs);
  return runs;
}
