import type { UserExport } from "@/lib/export/export-schema";
import { snapshotState } from "@/lib/scheduler/scheduler";
import { studyDayOf } from "@/lib/scheduler/study-day";
import type { SimulatedReview } from "./simulate-history";

export interface HistoryExportOptions {
  timezone: string;
  dayStartHour: number;
  deckSlug?: string;
  exportedAt: Date;
}

/**
 * A simulated history in the app's export format (`GET /api/v1/export`), so
 * tests and demos can load a realistic study history through restore: one
 * deck holding every simulated card, each card's final state, every grade.
 */
export function historyToExport(history: readonly SimulatedReview[], opts: HistoryExportOptions): UserExport {
  const { timezone, dayStartHour } = opts;
  const slug = opts.deckSlug ?? "simulated";
  const first = new Map<string, Date>();
  const last = new Map<string, SimulatedReview>();
  const passed = new Map<string, Date>();
  for (const r of history) {
    if (!first.has(r.cardId)) first.set(r.cardId, r.reviewedAt);
    last.set(r.cardId, r);
    if (r.rating >= 3 && !passed.has(r.cardId)) passed.set(r.cardId, r.reviewedAt);
  }
  const cardIds = [...first.keys()];
  const days = new Map<string, number>();
  const reviewLogs = history.map((r, i) => {
    const studyDay = studyDayOf(r.reviewedAt, timezone, dayStartHour);
    days.set(studyDay, (days.get(studyDay) ?? 0) + 1);
    return {
      id: `${slug}-log-${i}`,
      cardId: r.cardId,
      rating: r.rating,
      state: r.log.state,
      due: r.log.due.toISOString(),
      stability: r.log.stability,
      difficulty: r.log.difficulty,
      elapsedDays: r.log.elapsedDays,
      lastElapsedDays: r.log.lastElapsedDays,
      scheduledDays: r.log.scheduledDays,
      learningSteps: r.log.learningSteps,
      reviewedAt: r.reviewedAt.toISOString(),
      durationMs: r.durationMs,
      previousState: r.previous ? snapshotState(r.previous) : null,
      nextState: snapshotState(r.next),
      studyDay,
      undoneAt: null,
      createdAt: r.reviewedAt.toISOString(),
    };
  });
  const firstDay = history[0]?.reviewedAt ?? opts.exportedAt;
  return {
    format: "rehearse-export",
    version: 1,
    exportedAt: opts.exportedAt.toISOString(),
    settings: {
      desiredRetention: 0.9,
      newPerDay: 10,
      maximumInterval: 36500,
      learningSteps: '["1m","10m"]',
      relearningSteps: '["10m"]',
      timezone,
      dayStartHour,
      ttsVoice: "",
      ttsRate: 1,
      targetAnswerSeconds: 0,
    },
    decks: [
      {
        id: `deck-${slug}`,
        slug,
        title: "시뮬레이션 덱",
        description: "",
        tags: [],
        sources: [],
        sourcePath: "",
        markdown: "",
        contentHash: "",
        createdAt: firstDay.toISOString(),
        cards: cardIds.map((id, position) => ({
          id,
          key: id,
          kind: "qa" as const,
          prompt: `질문 ${position + 1}`,
          answer: `답변 ${position + 1}`,
          tips: [],
          steps: null,
          parentKey: null,
          sources: [],
          lineStart: 0,
          lineEnd: 0,
          position,
          archivedAt: null,
          createdAt: firstDay.toISOString(),
        })),
      },
    ],
    cardStates: cardIds.map((cardId) => {
      const r = last.get(cardId)!;
      const s = r.next;
      return {
        cardId,
        due: s.due.toISOString(),
        stability: s.stability,
        difficulty: s.difficulty,
        elapsedDays: s.elapsedDays,
        scheduledDays: s.scheduledDays,
        learningSteps: s.learningSteps,
        reps: s.reps,
        lapses: s.lapses,
        state: s.state,
        lastReview: s.lastReview ? s.lastReview.toISOString() : null,
        suspended: false,
        lastRating: r.rating,
        passedAt: passed.get(cardId)?.toISOString() ?? null,
        version: s.reps,
      };
    }),
    reviewLogs,
    studyDays: [...days].map(([day, reviews]) => ({ day, reviews })),
  };
}

const shift = (d: Date, ms: number) => new Date(d.getTime() + ms);
const shiftState = <T extends { due: Date; lastReview: Date | null }>(s: T, ms: number): T => ({ ...s, due: shift(s.due, ms), lastReview: s.lastReview ? shift(s.lastReview, ms) : null });

/**
 * The same history moved by whole days (e.g. to end yesterday): intervals,
 * study days and fuzz (seeded by card, not time) are unchanged in a zone
 * without daylight saving.
 */
export function shiftHistory(history: readonly SimulatedReview[], days: number): SimulatedReview[] {
  const ms = days * 86_400_000;
  return history.map((r) => ({
    ...r,
    reviewedAt: shift(r.reviewedAt, ms),
    log: { ...r.log, due: shift(r.log.due, ms), reviewedAt: shift(r.log.reviewedAt, ms) },
    next: shiftState(r.next, ms),
    previous: r.previous ? shiftState(r.previous, ms) : null,
  }));
}
