import { remembered } from "./memo";
/**
 * Small Korean-language helpers: choosing a particle (josa) after a word and
 * recognising the polite spoken register used in model answers.
 */

/** Particle pairs: [after a final consonant, after a vowel]. */
export type JosaPair = "이/가" | "은/는" | "을/를" | "과/와" | "으로/로";

/** Digit readings (영 일 이 삼 사 오 육 칠 팔 구): does the reading end in a consonant? */
const DIGIT_HAS_FINAL = [true, true, false, true, false, false, true, true, true, false];
/** Letter names read in Korean (엘, 엠, 엔, 알) that end in a consonant. */
const ACRONYM_FINAL = new Set(["L", "M", "N", "R"]);

/** Final consonants (종성) by their index in a Hangul syllable. */
export const FINAL = { n: 4, r: 8, b: 17, ss: 20 } as const;

/** The index of a Hangul syllable's final consonant (0: none), or -1 for anything else. */
export function finalOf(syllable: string | undefined): number {
  const code = syllable ? syllable.charCodeAt(0) : 0;
  return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : -1;
}

/**
 * Whether `word`, read aloud in Korean, ends in a final consonant (받침).
 * Hangul uses the syllable's 종성; digits use their Sino-Korean reading;
 * upper-case acronyms use letter names; other Latin words use a simple
 * spelling rule (…l/m/n/ng/ck, or a single vowel + p/t/k/b/d/g → consonant).
 */
export function hasFinalConsonant(word: string): boolean {
  let w = word.trim();
  // A trailing parenthetical like "정규화(Normalization)" is usually not read.
  const paren = /^(.*\S)\s*[([{][^()[\]{}]*[)\]}]$/.exec(w);
  if (paren) w = paren[1]!;
  w = w.replace(/[\s"'`”’)\]}>.,!?:;~*_-]+$/u, "");
  const last = w[w.length - 1];
  if (!last) return false;
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 !== 0;
  if (last >= "0" && last <= "9") return DIGIT_HAS_FINAL[Number(last)]!;
  const token = /[A-Za-z]+$/.exec(w)?.[0];
  if (!token) return false;
  if (token.length <= 5 && token === token.toUpperCase()) return ACRONYM_FINAL.has(token[token.length - 1]!);
  const t = token.toLowerCase();
  if (/(ng|ck|[lmn])$/.test(t)) return true;
  return /(^|[^aeiou])[aeiou][ptkbdg]$/.test(t);
}

/** Append the right form of a particle to `word`, e.g. josa("TCP", "이/가") → "TCP가". */
export function josa(word: string, pair: JosaPair): string {
  const [withFinal, withoutFinal] = pair.split("/") as [string, string];
  if (pair === "으로/로") {
    const last = word.trim().slice(-1).charCodeAt(0);
    const rieul = last >= 0xac00 && last <= 0xd7a3 && (last - 0xac00) % 28 === 8;
    return word + (hasFinalConsonant(word) && !rieul ? withFinal : withoutFinal);
  }
  return word + (hasFinalConsonant(word) ? withFinal : withoutFinal);
}

const POLITE_END = /(니다|니까|에요|예요|어요|아요|해요|세요|지요|죠|요)$/;

/**
 * Whether prose reads as a spoken, polite answer: at least two Korean
 * statements (questions are ignored) and 60% or more of them end in …니다 / …요.
 */
function isPoliteProseNow(text: string): boolean {
  let total = 0;
  let polite = 0;
  for (const raw of text.split(/(?<=[.!?。])\s+|\n+/)) {
    // questions and requests ("설명해 주세요") are not answers, however polite
    if (/([?？]|(주|보|하)세요[.!]?|(까|나|가)요[.!]?)\s*$/.test(raw)) continue;
    const sentence = raw.replace(/[\s.!?。~…)"'”’*_:;,]+$/u, "").replace(/\p{Extended_Pictographic}+$/u, "").trim();
    if (!/[가-힣]/.test(sentence)) continue;
    total++;
    if (POLITE_END.test(sentence)) polite++;
  }
  return polite >= 2 && polite / total >= 0.6;
}

/** {@link isPoliteProseNow}, remembered per text (memo.ts). */
export const isPoliteProse = remembered(isPoliteProseNow);
