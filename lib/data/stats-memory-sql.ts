import "server-only";

/**
 * SQL expressions of the statistics' one pass over a user's card states,
 * written to cost few operations per row (70,000 rows per request at scale)
 * and to give exactly what lib/stats computes in JavaScript.
 */

/**
 * The bin memoryStats' `place` picks for `x` (the number of bounds ≤ x), as a
 * balanced tree of comparisons: about log2(n) per row instead of up to n.
 */
export function binOf(x: string, bounds: readonly number[], first = 0): string {
  if (bounds.length === 0) return String(first);
  const mid = bounds.length >> 1;
  const below = binOf(x, bounds.slice(0, mid), first);
  const above = binOf(x, bounds.slice(mid + 1), first + mid + 1);
  return `CASE WHEN ${x} < ${bounds[mid]} THEN ${below} ELSE ${above} END`;
}

/**
 * ts-fsrs' `roundTo(p, 8)` is `Math.round(p * 1e8) / 1e8`: this is its
 * numerator, Math.round(y) for y = p · 1e8 ≥ 0, from floor and an exact
 * subtraction (no decimal formatting per row, as SQL's ROUND(x, 8) does).
 * The retrievability is the numerator / 1e8, so the sum of the numerators is
 * an exact integer and a bin is the numerator's tenth (see retrievabilityBinOf).
 */
export function roundedNumerator(y: string): string {
  return `CASE WHEN ${y} - floor(${y}) >= 0.5 THEN floor(${y}) + 1 ELSE floor(${y}) END`;
}

/**
 * memoryStats' retrievability bin (bounds 0.1, 0.2, … 0.9) of R = n / 1e8 from
 * its numerator n (an integer 0 … 1e8): R < k/10 exactly when n < k · 1e7,
 * because n / 1e8 and the literal k/10 round the same real numbers to doubles.
 */
export function retrievabilityBinOf(n: string): string {
  return `CASE WHEN ${n} >= 90000000 THEN 9 ELSE floor(${n} / 10000000) END`;
}

/** Card buckets of countCardsByState in the order the pass codes them (0…4). */
export const BUCKETS = ["new", "learning", "young", "mature", "suspended"] as const;

/**
 * The group key of one state: bucket + 10 · (stability bin + 1) + 100 ·
 * (difficulty bin + 1) + 10,000 · (retrievability bin + 1); the bins are 0 for
 * a state that is not studied. One integer sorts faster than four columns.
 */
export function decodeGroupKey(k: number): { bucket: (typeof BUCKETS)[number]; stabilityBin: number; difficultyBin: number; retrievabilityBin: number } | { bucket: (typeof BUCKETS)[number]; stabilityBin: null } {
  const bucket = BUCKETS[k % 10]!;
  const stabilityBin = (Math.floor(k / 10) % 10) - 1;
  if (stabilityBin < 0) return { bucket, stabilityBin: null };
  return { bucket, stabilityBin, difficultyBin: (Math.floor(k / 100) % 100) - 1, retrievabilityBin: Math.floor(k / 10_000) - 1 };
}
