/**
 * Whether a question written inside an answer asks something of its own, or only
 * restates the question it sits under ("그렇다면 어떻게 해결할까?" under "교착 상태는
 * 어떻게 해결하나요?") or asks nothing without its context ("왜 그럴까?").
 */

/**
 * Stems (a word's first two syllables) of words that point back, ask, or carry a
 * question's grammar, and name nothing: "그렇다면 어떻게 해야 할까?", "그 이유는 무엇일까?".
 */
const ASKING_STEMS = new Set([
  "그렇", "그러", "그럼", "그런", "그럴", "그건", "그것", "이런", "이러", "이렇", "이건", "이것", "저런", "위와", "아래", "다음", "각각", "서로", "차이", "장단", "비교",
  "어떻", "어떤", "어디", "언제", "누가", "무엇", "무슨", "뭘까", "뭐가", "뭔가", "이유", "정말", "과연", "도대",
  "해야", "하면", "하는", "할까", "될까", "되는", "되나", "일까", "인가", "걸까", "있을", "없을", "있나", "없나", "까요", "나요",
  "so", "then", "why", "how", "what", "is", "it", "that", "this", "does", "do", "the", "a", "an", "happen", "happens", "about",
]);

/** A word's stem: a Hangul word's first two syllables, other words without a trailing particle. */
function stemOf(word: string): string {
  if (/^[\uAC00-\uD7A3]/.test(word)) return word.slice(0, 2);
  return word.replace(/[\uAC00-\uD7A3]+$/, "").toLowerCase();
}

/** The stems a question names beyond its asking words (one-syllable words, "그", "왜", name nothing). */
function namedStems(question: string): string[] {
  return question
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[?？.!,:;"'`*_()[\]]/g, " ")
    .split(/\s+/)
    .map(stemOf)
    .filter((s) => s.length > 1 && !ASKING_STEMS.has(s));
}

/**
 * True when `question` names something `parent` does not: a stem of its own words
 * (asking and pointing words aside) that the parent question lacks.
 */
export function asksOfItsOwn(question: string, parent: string): boolean {
  const asked = parent.toLowerCase().replace(/\s+/g, "");
  return namedStems(question).some((stem) => !asked.includes(stem));
}

/** Whether `question` names something `other` names too: a stem of its own words (asking words aside) found in it. */
export function sharesSubject(question: string, other: string): boolean {
  const named = other.toLowerCase().replace(/\s+/g, "");
  return namedStems(question).some((stem) => named.includes(stem));
}

/** Facet nouns that name no subject of their own ("장점은 뭘까요?", "단계는 몇 가지일까요?" ask of what was just said). */
const FACET_NOUN = /^(가지|개수|장점|단점|장단점|단계|특징|종류|이유|차이|차이점|공통점|방법|과정|원리|문제|문제점|역할|목적|의미|결과|예시|예|개념|정의|구조|순서|기준|원인|효과|한계)$/;

/** "리플로우와", "비용은", "TCP가": a word naming something, then the particle that makes it the question's subject or object. */
const NAMED_WITH_PARTICLE = /^(.*[\p{L}\d].*?)(이란|란|은|는|이|가|와|과|의|을|를)$/u;

/**
 * Whether a question names its subject with a particle ("리플로우와 리페인트가
 * 무엇인가요?"), as a question meant to stand alone does; a writer's musing
 * ("무엇이 다를까요?", "어떻게 동작할까?") names none.
 */
export function namesItsSubject(question: string): boolean {
  return question
    .replace(/[?？.!,:;"'`*_()[\]]/g, " ")
    .split(/\s+/)
    .some((word) => {
      const m = NAMED_WITH_PARTICLE.exec(word);
      return !!m && m[1]!.length >= 2 && !ASKING_STEMS.has(stemOf(m[1]!)) && !/^(이|그|저)(것|거|게|건)/.test(m[1]!) && !FACET_NOUN.test(m[1]!);
    });
}

/** What a quiz asks of the code or choices shown with it ("무엇이 출력 될까요?", "값은 무엇일까요?"): it leans on those, not on a question. */
const ASKS_OF_MATERIAL = /출력|반환|결과|코드|값은|값이|답은|정답|빠졌|발생할까|생길까|일어날까|순수\s*함수/;

/** A question word standing as a word: "왜", "어떻게", "뭐가", "무엇을". */
const QUESTION_WORD = /^(왜|뭐|뭘|뭐가|뭐를|무엇|어떻게|어떤|언제|어디|어디서|누가|얼마나)/;

/**
 * Whether a question is too bare to stand alone and so leans on the question
 * asked just before it: a few words naming nothing, only question words and
 * facets before its predicate ("왜 필요하죠?", "장점은 무엇인가요?", "어떻게
 * 동작하나요?") — not a quiz's question about the code shown with it.
 */
export function leansOnQuestionBefore(question: string): boolean {
  const t = question.trim();
  if (!/[?？]$/.test(t) || /[A-Za-z0-9]/.test(t) || ASKS_OF_MATERIAL.test(t) || namesItsSubject(t)) return false;
  const words = t.replace(/[?？.!]+$/, "").trim().split(/\s+/);
  const facet = (w: string) => FACET_NOUN.test(w.replace(/(은|는|이|가|을|를|의)$/, ""));
  const asking = (w: string) => QUESTION_WORD.test(w) || ASKING_STEMS.has(stemOf(w));
  const last = words.at(-1)!;
  return words.length <= 3 && words.slice(0, -1).every((w) => facet(w) || asking(w)) && (facet(last) || /(죠|까|요|나|니|냐|지)$/.test(last));
}

/**
 * "해결 방법은 없나요?", "대안은 무엇인가요?": a remedy asked of the problem the answer just before named, with
 * no subject of its own. It drills that answer; a bare facet ("단점은?") asks of the topic both drill instead.
 */
export function asksForRemedy(question: string): boolean {
  const t = question.trim();
  return t.split(/\s+/).length <= 4 && REMEDY_ASKED.test(t);
}

/** A remedy (해결 방법, 해결책, 대안 …) and then only the asking: "해결방법은 무엇인가요?", "대안은 없을까요?". */
const REMEDY_ASKED = /^(해결|대안|개선|보완|극복|방지|대처)\s*(방법|방안|책)?\s*(은|는|이|가|으로는|로는)?\s+(무엇|뭐|뭘|뭔|어떻게|어떤|있|없)[^\s]*\s*(있나요|있을까요|있습니까)?[?？]?$/;

/** "코드로 보면 어떻게 되나요?", "그림으로 보면?", "자세히 알고 싶다면?": a label for material to look at, asked as a question. */
export const MATERIAL_LABEL = /(으?로\s*보면|알고\s*싶다면|궁금하다면|자세히|더\s*알아보|펼쳐)/;
