import type { Card } from "ts-fsrs";

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** One button's outcome on the study-day clock: the card ts-fsrs would store. */
export interface ButtonOutcome {
  card: Pick<Card, "due" | "scheduled_days">;
}

/**
 * Makes each button's interval strictly longer than the one to its left, as
 * Anki does. ts-fsrs already orders Hard < Good < Easy for review cards, but
 * a (re)learning card that graduates on Good and on Easy can get the same
 * day interval from both ("1일 / 1일"). When a button would not be longer
 * than its left neighbour it gets that neighbour's interval plus one day (or
 * plus one minute between two same-day steps), capped by the maximum interval.
 *
 * `outcomes` are in button order (Again, Hard, Good, Easy) on the scheduler
 * clock, all measured from `now`; a new array of adjusted copies is returned.
 */
export function separateIntervals<T extends ButtonOutcome>(outcomes: readonly T[], now: Date, maximumInterval: number): T[] {
  const out: T[] = [];
  for (const [i, item] of outcomes.entries()) {
    const left = out[i - 1];
    if (!left || item.card.due.getTime() > left.card.due.getTime()) {
      out.push(item);
      continue;
    }
    const leftDays = left.card.scheduled_days;
    let card: T["card"];
    if (leftDays >= 1) {
      if (leftDays >= maximumInterval) {
        out.push(item); // nothing longer is allowed
        continue;
      }
      card = { ...item.card, scheduled_days: leftDays + 1, due: new Date(left.card.due.getTime() + DAY_MS) };
    } else {
      card = { ...item.card, due: new Date(Math.max(left.card.due.getTime(), now.getTime()) + MINUTE_MS) };
    }
    out.push({ ...item, card });
  }
  return out;
}
