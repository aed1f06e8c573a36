import type { Section } from "./sections";

/** Headings that ask how to deal with the problem above them: 보완 방법, 해결 방법, 해결책, 대안, 개선 방안 … */
export const REMEDY = /^(보완|해결|개선|대처|대응|극복|방지|예방)\s*(방법|방안|책)(은|는)?$|^(해결책|대안|대책)$/;

/** A heading that names a reason about the topic above it: "스택을 스레드마다 따로 두는 이유", "B-Tree를 쓰는 이유". */
export const REASON = /[가-힣A-Za-z0-9)]\s*(는|은|한|인|된|쓴|둔|던)\s+이유$/;

/** A title's name without the aside in brackets after it: "스레드(Thread)" names "스레드". */
const nameOf = (title: string) => title.replace(/\s*\([^()]*\)\s*$/, "").replace(/\s+/g, " ").trim().toLowerCase();

/**
 * The sibling just before a reason heading when the reason names it ("### 프로세스 주소 공간" then
 * "### 프로세스 주소 공간을 구분하는 이유"; "### 스레드(Thread)" then "### 스택을 스레드마다 … 할당하는
 * 이유"): the reason asks on about that sibling, not about the heading both sit under.
 */
export function reasonsSibling(sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  if (!REASON.test(section.title)) return null;
  let j = index - 1;
  while (j >= 0 && sections[j]!.depth > section.depth) j--;
  const sibling = sections[j];
  if (!sibling || sibling.depth !== section.depth || sibling.parent !== section.parent || (sibling.role !== "topic" && sibling.role !== "question")) return null;
  const name = nameOf(sibling.title);
  const own = section.title.replace(/\s+/g, " ").toLowerCase();
  // (the parent's name says nothing here: "## 프로세스" over "### 프로세스 주소 공간" and its reason; a reason that names
  // the parent, "### 자바스크립트에서 비동기 처리가 필요한 이유" after "### 동기", asks about the parent)
  const parentName = section.parent ? nameOf(section.parent.title) : "";
  // (…unless the sibling's name holds the parent's and says more: "프로세스 주소 공간" under "프로세스")
  if (parentName.length >= 2 && !name.includes(parentName) && namesWord(own, parentName)) return null;
  return name.length >= 2 && name !== parentName && namesWord(own, name) ? sibling : null;
}

/**
 * Whether `text` names `word` as a word of its own: not inside a longer one ("비동기" holds "동기", "NoSQL" holds "SQL",
 * "JavaScript" holds "Java", "로그인" holds "로그"). Korean may go on with a particle ("스레드마다", "공간을").
 */
function namesWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? " ";
    const rest = text.slice(at + word.length);
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    if (/^[a-z0-9]/i.test(rest) && /[a-z0-9]$/i.test(word)) continue;
    if (/[가-힣]$/.test(word) && /^[가-힣]/.test(rest) && !HANGING_PARTICLE.test(rest)) continue;
    return true;
  }
  return false;
}

/** Particles a Korean noun goes on with inside a phrase. */
const HANGING_PARTICLE = /^(을|를|이|가|은|는|의|에서|에게|에|으로|로|마다|과|와|도|만|끼리|별로|별|간|들|만의|처럼|보다|부터|까지)(\s|$|[^가-힣])/;
