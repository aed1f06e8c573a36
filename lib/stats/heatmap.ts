import { addDays, daysBetween, streak } from "@/lib/scheduler/study-day";

export interface Heatmap {
  /** First day shown (`YYYY-MM-DD`), `days` days before today + 1. */
  from: string;
  /** counts[i] = reviews on study day from + i. */
  counts: number[];
  streak: number;
  longestStreak: number;
  /** Days with at least one review within the window. */
  daysStudied: number;
}

/**
 * A calendar of review counts for the `days` study days ending `today`, the
 * current streak (see {@link streak}) and the longest run of study days ever.
 */
export function studyHeatmap(studyDays: ReadonlyArray<{ day: string; reviews: number }>, today: string, days = 365): Heatmap {
  const from = addDays(today, -(days - 1));
  const counts = new Array<number>(days).fill(0);
  for (const { day, reviews } of studyDays) {
    const i = daysBetween(from, day);
    if (i >= 0 && i < days) counts[i]! += reviews;
  }
  const sorted = [...new Set(studyDays.filter((d) => d.reviews > 0 && d.day <= today).map((d) => d.day))].sort();
  let longest = 0;
  let run = 0;
  for (let i = 0; i < sorted.length; i++) {
    run = i > 0 && daysBetween(sorted[i - 1]!, sorted[i]!) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return {
    from,
    counts,
    streak: streak(sorted, today),
    longestStreak: longest,
    daysStudied: counts.filter((c) => c > 0).length,
  };
}
