import { STOPWORDS, stemOf, tokenize, type Token } from "./tokens";

/** Filler words counted by default (configurable per call). */
export const DEFAULT_FILLERS: readonly string[] = ["음", "어", "그", "뭐", "이제", "약간", "그러니까", "아", "저", "막", "그냥", "뭔가", "에"];

export interface FillerReport {
  count: number;
  perMinute: number;
  /** Each filler said, most frequent first. */
  words: { word: string; count: number }[];
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** "음음", "어어" and "으음" are the same hesitation as 음 and 어. */
function collapseHesitation(word: string): string {
  const collapsed = word.replace(/(.)\1+/gu, "$1");
  return collapsed === "으음" ? "음" : collapsed;
}

function countBy(words: string[]): { word: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  // Map keeps first-seen order, so ties stay in speaking order.
  return [...counts].map(([word, count]) => ({ word, count })).sort((a, b) => b.count - a.count);
}

/** Fillers: stand-alone words from the list (그 in "그 다음에" counts; 그것 does not). */
export function countFillers(tokens: Token[], durationMs: number, fillers: readonly string[] = DEFAULT_FILLERS): FillerReport {
  const set = new Set(fillers);
  const said = tokens.filter((t) => t.script === "hangul" && !t.attached).map((t) => collapseHesitation(t.raw)).filter((w) => set.has(w));
  const minutes = durationMs / 60_000;
  return { count: said.length, perMinute: minutes > 0 ? round1(said.length / minutes) : 0, words: countBy(said) };
}

/** Spoken syllables: one per Hangul syllable or digit, and a vowel group count for Latin words. */
export function countSyllables(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) {
    if (t.script === "hangul") n += [...t.raw].filter((c) => c >= "\uac00" && c <= "\ud7a3").length;
    else for (const part of t.raw.split(/[_+\-/.]/)) n += /^\d+$/.test(part) ? part.length : Math.max(part ? 1 : 0, (part.toLowerCase().match(/[aeiouy]+/g) ?? []).length);
  }
  return n;
}

/** Content words said at least twice, most repeated first (at most `limit`). */
export function repeatedWords(tokens: Token[], fillers: readonly string[] = DEFAULT_FILLERS, limit = 5): { word: string; count: number }[] {
  const skip = new Set(fillers);
  const words = tokens
    .filter((t) => !t.attached)
    .map((t) => (t.script === "latin" ? t.raw : stemOf(t.raw)))
    .filter((w) => (w.length >= 2 || /^[A-Za-z]/.test(w)) && !skip.has(w) && !STOPWORDS.has(w) && !STOPWORDS.has(w.toLowerCase()) && !/^\d+$/.test(w));
  return countBy(words).filter((w) => w.count >= 2).slice(0, limit);
}

/** Median of a list (null when empty). */
export function median(values: readonly number[]): number | null {
  const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const mid = Math.floor(xs.length / 2);
  return xs.length % 2 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

export { tokenize };
