/** The body of GET /api/v1/today, as the dashboard renders it. */
export interface TodayDeck {
  id: string;
  title: string;
  due: number;
  new: number;
  tags?: string[];
}

export interface TodayData {
  /** Reviews (learning + review) due now. */
  due: number;
  /** New cards still available today under the daily limit. */
  new: number;
  /** Grades given today (a card graded twice counts twice). */
  doneToday: number;
  /** Distinct cards graded today. */
  cardsToday?: number;
  /** Consecutive study days ending today (or yesterday when today is not yet studied). */
  streak: number;
  estimateMinutes: number;
  decks: TodayDeck[];
}
