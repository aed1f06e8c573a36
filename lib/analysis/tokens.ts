import { LATIN_OF_SPELLING } from "./term-variants";

/** One word of a text with its place in that text (UTF-16 offsets). */
export interface Token {
  /** As written (Hangul, or Latin/digits with _ + - / . inside). */
  raw: string;
  start: number;
  end: number;
  script: "hangul" | "latin";
  /** Hangul glued to a preceding Latin word ("SYN을"): a particle, not a word. */
  attached: boolean;
}

const TOKEN = /[A-Za-z0-9](?:[A-Za-z0-9_+\-/.]*[A-Za-z0-9+])?|[\u3131-\u318e\uac00-\ud7a3]+/g;

/** Splits a text into Hangul and Latin words; everything else separates words. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize("NFC").matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const script = /^[A-Za-z0-9]/.test(raw) ? "latin" : "hangul";
    const prev = out[out.length - 1];
    const attached = script === "hangul" && !!prev && prev.script === "latin" && prev.end === start;
    out.push({ raw, start, end: start + raw.length, script, attached });
  }
  return out;
}

// Particles and predicate endings, longest first. Stripping stops at a
// two-syllable stem so nouns that end like a particle (속도, 결과, 차이) survive.
const SUFFIXES = [
  "하겠다는", "되었다고", "되었다는", "되었습니다", "하였습니다", "했습니다", "됐습니다", "이라는", "으로써", "으로서",
  "에서는", "으로는", "에게서", "에서도", "이라고", "합니다", "됩니다", "입니다", "습니다", "한다는", "된다는", "하는데",
  "에서", "으로", "에게", "한테", "까지", "부터", "처럼", "보다", "이나", "이랑", "라고", "라는", "다는", "하기", "하는",
  "하고", "하며", "하면", "하여", "해서", "해요", "했다", "한다", "된다", "되는", "되고", "되며", "되면", "되어", "돼서",
  "돼요", "됐다", "이다", "인데", "이고", "이며", "지만", "으면", "면서", "니다", "어요", "아요", "세요", "해야", "되기",
  "은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "와", "과", "만", "랑", "고", "며", "면", "요", "다",
];

/** A Hangul word without its particles/endings (at most two passes, stem ≥ 2 syllables). */
export function stemOf(word: string): string {
  let w = word;
  for (let pass = 0; pass < 2; pass++) {
    const suffix = SUFFIXES.find((s) => w.endsWith(s) && w.length - s.length >= 2);
    if (!suffix) break;
    w = w.slice(0, -suffix.length);
  }
  return w;
}

/** A Latin term in the form matching compares: lower case, no _ + - / . separators. */
export function compactLatin(term: string): string {
  return term.toLowerCase().replace(/[_+\-/.\s]/g, "");
}

/**
 * The Latin word a token stands for: itself for Latin, the listed term for a
 * Hangul spelling of one (애크 → ack), else null.
 */
export function latinFormOf(token: Token): string | null {
  if (token.script === "latin") return compactLatin(token.raw);
  if (token.attached) return null;
  const raw = token.raw;
  // Spellings are short (신, 핀), so a particle may leave a one-syllable word.
  const bare = LOOSE_PARTICLES.filter((p) => raw.length > p.length && raw.endsWith(p)).map((p) => raw.slice(0, -p.length));
  for (const candidate of [raw, stemOf(raw), ...bare]) {
    const latin = LATIN_OF_SPELLING.get(candidate);
    if (latin) return latin;
  }
  return null;
}

/** A word without one trailing particle, even if one syllable remains (등으로 → 등, 힙을 → 힙). */
export function looseStem(word: string): string {
  const p = LOOSE_PARTICLES.find((x) => word.length > x.length && word.endsWith(x));
  return p ? word.slice(0, -p.length) : word;
}

const LOOSE_PARTICLES = ["으로", "에서", "에게", "까지", "은", "는", "이", "가", "을", "를", "에", "의", "도", "로", "와", "과", "만"];

/** Words that carry no content of an answer (connectives, pronouns, light verbs). */
export const STOPWORDS = new Set([
  "그리고", "그래서", "하지만", "그러나", "또한", "또는", "먼저", "다음", "다음으로", "마지막", "마지막으로", "이때", "이후", "이러한",
  "이런", "그런", "이것", "그것", "여기서", "때문", "때문에", "위해", "위해서", "통해", "통해서", "대해", "대한", "같은", "경우", "모두",
  "서로", "바로", "정도", "있는", "있습니다", "없는", "있고", "있어", "있다", "없습니다", "하는", "합니다", "됩니다", "입니다", "상태",
  "과정", "이유", "필요", "필요한", "가지", "어느", "여기", "거기", "우리", "저희", "말씀", "설명", "드리겠습니다", "그러면", "이렇게",
  "가장", "매우", "아주", "조금", "다시", "이미", "계속", "각각", "하나", "부분", "뒤에", "후에", "전에", "동안", "의미", "사이",
  "the", "a", "an", "and", "or", "of", "to", "in", "is", "it", "on", "for", "with", "one", "way",
]);
