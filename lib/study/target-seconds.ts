/** Korean read-aloud pace used for the answer timer: syllables per second. */
const SYLLABLES_PER_SECOND = 5;

/**
 * How long a spoken answer should take, estimated from the model script:
 * the count of letters/digits (Hangul syllables count one each) at a calm
 * interview pace, rounded to 5 s and kept between 20 s and 3 min.
 */
export function estimateTargetSeconds(script: string): number {
  const plain = script
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]+>/g, " ");
  const units = (plain.match(/[\p{L}\p{N}]/gu) ?? []).length;
  const seconds = Math.round(units / SYLLABLES_PER_SECOND / 5) * 5;
  return Math.min(180, Math.max(20, seconds));
}
