import { MATURE_DAYS, type StatsCard } from "./types";

export interface CardCounts {
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
  archived: number;
  total: number;
}

/**
 * Cards by state, each card in exactly one bucket: archived first, then
 * suspended, then by FSRS state (learning includes relearning; review cards
 * split at an interval of 21 days).
 */
export function countCardsByState(cards: readonly StatsCard[]): CardCounts {
  const counts: CardCounts = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, archived: 0, total: cards.length };
  for (const card of cards) {
    if (card.archived) counts.archived++;
    else if (card.suspended) counts.suspended++;
    else if (!card.state || card.state.state === 0) counts.new++;
    else if (card.state.state === 2) card.state.scheduledDays >= MATURE_DAYS ? counts.mature++ : counts.young++;
    else counts.learning++;
  }
  return counts;
}
