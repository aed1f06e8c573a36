import crypto from "node:crypto";

export interface RevlogRow {
  cardId: string;
  reviewedAt: Date;
  rating: number;
  state: number;
  durationMs: number;
}

export const REVLOG_HEADER = "card_id,review_time,review_rating,review_state,review_duration";

/**
 * FSRS tools want an integer card id: the first 48 bits of the card id's
 * SHA-1, stable across exports and exact in a JS number.
 */
export function numericCardId(cardId: string): number {
  return parseInt(crypto.createHash("sha1").update(cardId).digest("hex").slice(0, 12), 16);
}

/**
 * The review log as CSV for FSRS optimizers: review_time in ms since the
 * epoch, review_state = the card's state before the grade (0 new, 1
 * learning, 2 review, 3 relearning), review_duration in ms.
 */
export function toRevlogCsv(rows: RevlogRow[]): string {
  const lines = [REVLOG_HEADER];
  for (const r of rows) {
    lines.push(`${numericCardId(r.cardId)},${r.reviewedAt.getTime()},${r.rating},${r.state},${Math.max(0, Math.round(r.durationMs))}`);
  }
  return lines.join("\n") + "\n";
}
