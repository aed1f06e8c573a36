import { disassemble } from "es-hangul";

/** Levenshtein distance between two strings, by UTF-16 unit (callers pass jamo or ASCII). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * Edit distance between two Korean words counted in jamo (es-hangul's
 * disassemble), so 상태/상대 are 1 apart while 연결/연구 are 2: a
 * recognition error usually changes one consonant or vowel, not a syllable.
 */
export function jamoDistance(a: string, b: string): number {
  return editDistance(disassemble(a), disassemble(b));
}

/** How many jamo edits still count as the same word: none for short words. */
export function jamoTolerance(word: string): number {
  const n = disassemble(word).length;
  return n >= 10 ? 2 : n >= 6 ? 1 : 0;
}
