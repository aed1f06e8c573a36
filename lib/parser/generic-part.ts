/**
 * Words too generic to be a prompt on their own ("장점" → "Reflection의 장점"): the names of
 * one side or facet of an answer, whose headings are parts of the answer above them.
 */
const NAMES = [
  "장점", "단점", "장단점", "특징", "정의", "개념", "예시", "예제", "종류", "구조", "원리", "동작 원리", "동작 방식",
  "사용법", "차이", "차이점", "공통점", "비교", "핵심 개념", "기본 개념", "정리", "요약", "설명", "개요", "배경", "문제점", "해결", "해결 방법", "한계", "활용",
  "구현", "코드", "장점)", "단점)", "pros", "cons", "example", "examples", "summary", "overview", "definition",
  "주의할 점", "주의점", "주의 사항", "주의사항", "유의 사항", "유의사항", "고려 사항", "고려사항", "목적", "사용 목적", "필요성",
  "역할", "의미", "원인", "기준", "선택 기준", "해결 방안", "발생 조건", "발생 원인", "사용 사례", "활용 사례", "방어 방법", "대응 방법", "예방 방법", "해결책",
  "조건", "방법", "해결법", "이점", "동작", "핵심 아이디어", "문법", "원칙", "구성 요소",
];
/** {@link NAMES}, each also as authors run it together ("해결방법", "주의사항"). */
export const GENERIC = new Set([...NAMES, ...NAMES.map((n) => n.replace(/\s+/g, ""))]);

/** Words that name a side of something or how it is told, never a subject ("기본", "개요", "요약", "구성", "요소"). */
const FACET_WORDS = new Set([
  ...NAMES.filter((n) => !/\s/.test(n)),
  "기본", "주요", "핵심", "전체", "세부", "상세", "간단", "간단한", "구성", "요소", "특성", "방식", "아이디어", "개념들", "특징들",
]);

/**
 * Whether a heading of two to four words is made of facet words only ("기본 개요", "특징 요약", "핵심 원리"):
 * like a generic word alone it names no subject ("특징 요약에 대해 설명해 주세요." asks about nothing).
 */
export function namesNoSubject(title: string): boolean {
  // ("특징, 장단점 및 고려사항": a list of facets names no subject either)
  const words = title.toLowerCase().replace(/[\s)]+$/, "").split(/[\s,·/&]+/).filter((w) => w && !/^(및|와|과|and)$/.test(w));
  return words.length >= 2 && words.length <= 4 && words.every((w) => FACET_WORDS.has(w));
}

/**
 * Whether a heading is a generic facet by name, for naming its prompt: one of {@link GENERIC}, or facet words only.
 * (Only the prompt: "## 기본 개념" and "## 주요 개념" over topics of their own are categories, never parts to fold.)
 */
export function isGenericName(title: string): boolean {
  const t = title.toLowerCase();
  return GENERIC.has(t) || namesNoSubject(t);
}

/** Whether a heading names one side of something ("SQL 장점", "Example", "특징"): a part of an answer, not a topic. */
export function isGenericPart(title: string): boolean {
  const t = title.toLowerCase().replace(/[\s)]+$/, "");
  if (GENERIC.has(t)) return true;
  const last = /(\S+)$/.exec(t)?.[1] ?? "";
  return /^(장점|단점|장단점|특징|예시|예제|example|examples)$/.test(last);
}

/** "기본", "주요", "핵심": a word that qualifies the facet after it ("압수수색의 기본" + "개념" → "압수수색의 기본 개념"). */
export const FACET_MODIFIER = /^(기본|주요|핵심|전체|세부|상세|간단한?)$/;
