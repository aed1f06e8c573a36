/**
 * Korean labels for the interval shown on a grade button
 * ("1분", "10분", "1.5시간", "1일", "3일", "2주", "1.5개월", "1년").
 */

const MINUTES_PER_DAY = 1440;

/** One decimal, trailing ".0" dropped: 1.5 → "1.5", 2.04 → "2". */
function oneDecimal(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(1);
}

/**
 * Label for an interval in minutes. Same-day learning steps are in minutes
 * or hours; day intervals are whole days up to two weeks, then weeks, months
 * (30 days, as Anki) and years (365 days) with one decimal, so neighbouring
 * fuzzed intervals stay distinguishable without clutter.
 */
export function formatIntervalMinutes(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) minutes = 0;
  // A step below a minute still reads as "1분": "0분" would look like a bug.
  if (minutes < 60) return `${Math.max(1, Math.round(minutes))}분`;
  if (minutes < MINUTES_PER_DAY) return `${oneDecimal(minutes / 60)}시간`;
  return formatIntervalDays(minutes / MINUTES_PER_DAY);
}

/** Label for an interval of `days` days (FSRS `scheduled_days`). */
export function formatIntervalDays(days: number): string {
  if (!Number.isFinite(days) || days < 1) return formatIntervalMinutes(Math.max(0, days) * MINUTES_PER_DAY);
  if (days < 14) return `${Math.round(days)}일`;
  if (days < 30) return `${oneDecimal(days / 7)}주`;
  if (days < 365) return `${oneDecimal(days / 30)}개월`;
  return `${oneDecimal(days / 365)}년`;
}
