import { daysBetween } from "@/lib/scheduler/study-day";

/** One grade as the optimiser needs it. */
export interface OptimizerLog {
  cardId: string;
  /** The user's study day of the grade (`YYYY-MM-DD`). */
  studyDay: string;
  reviewedAt: Date;
  rating: number;
}

/** A review sequence [rating, days since the previous review][] ending in the review to predict. */
export type ItemReviews = Array<[number, number]>;

export interface FsrsItems {
  /** Items in order of their last review. */
  items: ItemReviews[];
  /** Time (ms) of each item's last review. */
  times: number[];
}

/**
 * The binding's training items from a review log, as fsrs-rs builds them from
 * Anki's: per card, grades in time order with the gap in study days (0 for
 * the first grade and for same-day steps); one item per grade that comes at
 * least a day after the previous one, carrying the card's history before it.
 * Same-day grades stay in the histories (short-term memory) but are not
 * themselves predicted.
 */
export function buildFsrsItems(logs: readonly OptimizerLog[]): FsrsItems {
  const byCard = new Map<string, OptimizerLog[]>();
  for (const log of logs) {
    if (log.rating < 1 || log.rating > 4) continue;
    const list = byCard.get(log.cardId);
    if (list) list.push(log);
    else byCard.set(log.cardId, [log]);
  }
  const collected: Array<{ time: number; reviews: ItemReviews }> = [];
  for (const list of byCard.values()) {
    list.sort((a, b) => a.reviewedAt.getTime() - b.reviewedAt.getTime());
    const reviews: ItemReviews = [];
    list.forEach((log, i) => {
      const delta = i === 0 ? 0 : Math.max(0, daysBetween(list[i - 1]!.studyDay, log.studyDay));
      reviews.push([log.rating, delta]);
      if (i > 0 && delta > 0) collected.push({ time: log.reviewedAt.getTime(), reviews: reviews.slice() });
    });
  }
  collected.sort((a, b) => a.time - b.time);
  return { items: collected.map((c) => c.reviews), times: collected.map((c) => c.time) };
}

/**
 * A time-series split: the first `trainShare` of the items (by the time of
 * the review they predict) to train on, the later ones to test on, so the
 * test asks about reviews the optimiser never saw.
 */
export function splitByTime(items: FsrsItems, trainShare = 0.8): { train: ItemReviews[]; test: ItemReviews[] } {
  const cut = Math.floor(items.items.length * trainShare);
  return { train: items.items.slice(0, cut), test: items.items.slice(cut) };
}

/** Items (reviews a day or more after the previous one) the optimiser needs before it runs. */
export const MIN_OPTIMIZE_ITEMS = 400;

/** How many more such reviews are needed before optimising (0 = enough). */
export function reviewsMissing(items: FsrsItems, minimum = MIN_OPTIMIZE_ITEMS): number {
  return Math.max(0, minimum - items.items.length);
}
