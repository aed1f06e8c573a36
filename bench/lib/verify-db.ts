/**
 * Consistency checks on a Rehearse database after a crash: every card state
 * must be what replaying its review logs through the scheduler gives.
 */
import Database from "better-sqlite3";
import { recountSql, storedSql } from "../../scripts/due-state-sql.mjs";
import { recountSql as unlockedRecountSql, storedSql as unlockedStoredSql } from "../../scripts/unlocked-followup-sql.mjs";
import { gradeCard } from "@/lib/scheduler/scheduler";
import { settingsFromRow, type SettingsRowLike } from "@/lib/scheduler/settings";
import type { CardStateRow, GradeValue } from "@/lib/scheduler/fsrs-mapping";

export interface StateRow {
  userId: string;
  cardId: string;
  due: string | Date;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: number;
  lastReview: string | Date | null;
  lastRating: number;
  version: number;
}

export interface LogRow {
  id: string;
  rating: number;
  reviewedAt: string | Date;
  undoneAt: string | Date | null;
}

export interface DbReport {
  integrity: string;
  logIds: Set<string>;
  cardsChecked: number;
  /** One line per card whose stored state disagrees with its replayed logs. */
  inconsistent: string[];
  /** study_day.reviews must count the grades of each day. */
  studyDayMismatches: number;
}

/**
 * Decks whose study counters (migration 0008, kept by triggers in the grade's own
 * transaction) disagree with a recount from card_state: studied topics and unlocked
 * follow-ups. `?` is the user id (three times).
 */
export const COUNTER_MISMATCH_SQL = `SELECT r."deckId" AS "deckId" FROM (
    SELECT c."deckId" AS "deckId", SUM(CASE WHEN c."parentId" IS NULL AND c."archivedAt" IS NULL THEN 1 ELSE 0 END) AS "studied", 0 AS "unlocked"
    FROM "card_state" s JOIN "card" c ON c."id" = s."cardId" WHERE s."userId" = ? GROUP BY c."deckId"
    UNION ALL
    SELECT f."deckId", 0, COUNT(*) FROM "card_state" p JOIN "card" f ON f."parentId" = p."cardId"
    WHERE p."userId" = ? AND p."passedAt" IS NOT NULL AND p."state" <> 3 AND p."lastRating" <> 1 AND f."archivedAt" IS NULL
      AND NOT EXISTS (SELECT 1 FROM "card_state" x WHERE x."userId" = p."userId" AND x."cardId" = f."id")
    GROUP BY f."deckId"
    UNION ALL
    SELECT "deckId", -"studiedTopics", -"unlockedFollowups" FROM "deck_progress" WHERE "userId" = ?
  ) r GROUP BY r."deckId" HAVING SUM(r."studied") <> 0 OR SUM(r."unlocked") <> 0`;

// due_state (migrations 0011, 0012) recomputed from card_state and card, and as stored, for one
// user (`?` = the user id), from the definition its triggers are written from.
const DUE_STATE_RECOUNT = recountSql();
const DUE_STATE_STORED = storedSql();
/**
 * Cards whose due_state row (migration 0011, kept by triggers in the grade's own
 * transaction) is missing, extra or differs from a recount. `?` is the user id (four times).
 */
export const DUE_STATE_MISMATCH_SQL = `SELECT a."cardId" AS "cardId" FROM (${DUE_STATE_RECOUNT} EXCEPT ${DUE_STATE_STORED}) a
  UNION SELECT b."cardId" FROM (${DUE_STATE_STORED} EXCEPT ${DUE_STATE_RECOUNT}) b`;

// unlocked_followup (migration 0014) likewise: follow-ups whose row is missing, extra or differs. `?` is the user id (four times).
const UNLOCKED_RECOUNT = unlockedRecountSql(`p."userId" = ?`);
const UNLOCKED_STORED = unlockedStoredSql();
export const UNLOCKED_FOLLOWUP_MISMATCH_SQL = `SELECT a."cardId" AS "cardId" FROM (${UNLOCKED_RECOUNT} EXCEPT ${UNLOCKED_STORED}) a
  UNION SELECT b."cardId" FROM (${UNLOCKED_STORED} EXCEPT ${UNLOCKED_RECOUNT}) b`;

const FIELDS = ["stability", "difficulty", "elapsedDays", "scheduledDays", "learningSteps", "reps", "lapses", "state"] as const;

/** Replays each card's logs (in commit order, undone ones left out) and lists every state that disagrees. */
export function findInconsistentStates(
  states: StateRow[],
  logsOf: (cardId: string) => LogRow[],
  settingsRow: SettingsRowLike | undefined,
): string[] {
  const settings = settingsFromRow(settingsRow ?? null);
  const inconsistent: string[] = [];
  for (const s of states) {
    const logs = logsOf(s.cardId).filter((l) => l.undoneAt === null);
    let state: CardStateRow | null = null;
    for (const log of logs) {
      state = gradeCard({ state, cardId: s.cardId, rating: log.rating as GradeValue, now: new Date(log.reviewedAt), settings }).next;
    }
    const problems: string[] = [];
    if (!state) problems.push("state without logs");
    else {
      for (const f of FIELDS) if (state[f] !== s[f]) problems.push(`${f} ${s[f]} ≠ replay ${state[f]}`);
      if (state.due.getTime() !== new Date(s.due).getTime()) problems.push(`due ${String(s.due)} ≠ replay ${state.due.toISOString()}`);
      if ((state.lastReview?.getTime() ?? null) !== (s.lastReview ? new Date(s.lastReview).getTime() : null)) problems.push("lastReview");
    }
    if (s.version !== logs.length) problems.push(`version ${s.version} ≠ ${logs.length} logs`);
    if (logs.length > 0 && s.lastRating !== logs.at(-1)!.rating) problems.push("lastRating");
    if (problems.length > 0) inconsistent.push(`${s.cardId}: ${problems.join(", ")}`);
  }
  return inconsistent;
}

export function verifyDatabase(file: string, userId: string): DbReport {
  const db = new Database(file, { readonly: true });
  try {
    const integrity = String(db.pragma("integrity_check", { simple: true }));
    const logIds = new Set((db.prepare(`SELECT id FROM review_log WHERE userId = ?`).all(userId) as { id: string }[]).map((r) => r.id));
    const settingsRow = db.prepare(`SELECT * FROM settings WHERE userId = ?`).get(userId) as SettingsRowLike | undefined;
    const states = db.prepare(`SELECT * FROM card_state WHERE userId = ?`).all(userId) as StateRow[];
    // rowid order is commit order: concurrent grades of one card may commit in
    // a different order than their `reviewedAt` clocks were read.
    const logsOf = db.prepare(`SELECT id, rating, reviewedAt, undoneAt FROM review_log WHERE userId = ? AND cardId = ? ORDER BY rowid`);
    const inconsistent = findInconsistentStates(states, (cardId) => logsOf.all(userId, cardId) as LogRow[], settingsRow);
    // Logs of cards with no state at all would be orphans of a half-written grade.
    const orphans = db
      .prepare(`SELECT DISTINCT l.cardId FROM review_log l LEFT JOIN card_state s ON s.userId = l.userId AND s.cardId = l.cardId WHERE l.userId = ? AND s.id IS NULL`)
      .all(userId) as { cardId: string }[];
    for (const o of orphans) inconsistent.push(`${o.cardId}: logs without a card state`);
    const studyDayMismatches = (
      db
        .prepare(
          `SELECT COUNT(*) AS n FROM study_day d
           WHERE d.userId = ? AND d.reviews <> (SELECT COUNT(*) FROM review_log l WHERE l.userId = d.userId AND l.studyDay = d.day)`,
        )
        .get(userId) as { n: number }
    ).n;
    const counters = db.prepare(COUNTER_MISMATCH_SQL).all(userId, userId, userId) as { deckId: string }[];
    for (const c of counters) inconsistent.push(`deck ${c.deckId}: study counters ≠ recount`);
    const due = db.prepare(DUE_STATE_MISMATCH_SQL).all(userId, userId, userId, userId) as { cardId: string }[];
    for (const d of due) inconsistent.push(`${d.cardId}: due_state ≠ recount`);
    const unlocked = db.prepare(UNLOCKED_FOLLOWUP_MISMATCH_SQL).all(userId, userId, userId, userId) as { cardId: string }[];
    for (const u of unlocked) inconsistent.push(`${u.cardId}: unlocked_followup ≠ recount`);
    return { integrity, logIds, cardsChecked: states.length, inconsistent, studyDayMismatches };
  } finally {
    db.close();
  }
}
