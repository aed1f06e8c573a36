import "server-only";
import { computeDecayFactor } from "ts-fsrs";
import { selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import { addDays, startOfStudyDayFor, timeZoneOffsetMs } from "@/lib/scheduler/study-day";
import type { CardCounts } from "@/lib/stats/card-counts";
import type { FutureDue } from "@/lib/stats/future-due";
import { DIFFICULTY_BINS, memoryStatsFromGroups, STABILITY_BINS, type MemoryGroup, type MemoryStats } from "@/lib/stats/memory";
import { binOf, decodeGroupKey, retrievabilityBinOf, roundedNumerator } from "./stats-memory-sql";

/**
 * The card-based statistics (counts by state, future due, memory) of one
 * user over every visible deck, aggregated by the database: the same rules as
 * countCardsByState, futureDue and memoryStats over every card (lib/stats),
 * without loading 100,000 cards. Days are counted as whole 24-hour study days
 * from the start of today, which is exact for a time zone with a fixed UTC
 * offset (see hasFixedOffset); getStats uses the per-card path otherwise.
 */
const DAY_MS = 86_400_000;
/**
 * A user's states of unarchived cards in visible decks. On SQLite the card is
 * read from the covering index (id, deckId, archivedAt) of migration 0009:
 * without statistics the planner takes the id's unique index and reads every
 * card row (100 ms more at 70,000 states).
 */
const fromVisible = (pg: boolean) => `FROM "card_state" s JOIN "card" c${pg ? "" : ` INDEXED BY "card_id_deckId_archivedAt_idx"`} ON c."id" = s."cardId"
  JOIN "deck" d ON d."id" = c."deckId"
  WHERE s."userId" = ? AND c."archivedAt" IS NULL AND (d."builtIn" = true OR d."ownerId" = ?)`;

/** Milliseconds since the epoch of a DateTime column, in each dialect (SQLite stores ISO text). */
const epochMs = (col: string, pg: boolean) =>
  pg ? `ROUND(EXTRACT(EPOCH FROM ${col}) * 1000)::bigint` : `CAST(ROUND(unixepoch(${col}, 'subsec') * 1000) AS INTEGER)`;

export interface CardStatsInput {
  userId: string;
  now: Date;
  today: string;
  timezone: string;
  dayStartHour: number;
  range: number;
  /** FSRS weight w[20] (the forgetting curve's decay). */
  decay: number;
  postgres: boolean;
}

/**
 * True when `timezone` kept one UTC offset from 2000 until a year after `now`
 * (sampled twice a year, at both solstices' months), so study days are 24 h
 * long and day arithmetic in SQL is exact.
 */
export function hasFixedOffset(timezone: string, now: Date): boolean {
  const key = `${timezone}|${now.getUTCFullYear()}`;
  let fixed = fixedOffsets.get(key);
  if (fixed === undefined) fixedOffsets.set(key, (fixed = sampleFixedOffset(timezone, now)));
  return fixed;
}

const fixedOffsets = new Map<string, boolean>();

function sampleFixedOffset(timezone: string, now: Date): boolean {
  const first = timeZoneOffsetMs(new Date(Date.UTC(2000, 0, 15)), timezone);
  for (let y = 2000; y <= now.getUTCFullYear() + 1; y++) {
    for (const m of [0, 6]) if (timeZoneOffsetMs(new Date(Date.UTC(y, m, 15)), timezone) !== first) return false;
  }
  return true;
}

/**
 * futureDue over visible, studied, unsuspended, unarchived cards, grouped by day offset in SQL.
 * due_state holds exactly the unsuspended states of unarchived cards with their deck (kept by
 * triggers, scripts/due-state-sql.mjs), so no state is joined to its card; its index
 * (userId, counts, deckId, state, due) is searched per visible deck and studied state.
 */
function* futureDuePlan(q: CardStatsInput, todayStart: Date): SqlPlan<FutureDue> {
  const horizon = new Date(todayStart.getTime() + q.range * DAY_MS);
  const offset = q.postgres
    ? `(${epochMs(`q."due"`, true)} - ?::bigint) / ${DAY_MS}`
    : `CAST((${epochMs(`q."due"`, false)} - ?) / ${DAY_MS} AS INTEGER)`; // better-sqlite3 binds a number as REAL
  const rows = yield* selectRows<{ o: unknown; n: unknown }>(
    // state 1–3 (ts-fsrs Learning, Review, Relearning) is "not new"; both counts values: every row.
    `SELECT CASE WHEN q."due" < ? THEN -1 ELSE ${offset} END AS "o", COUNT(*) AS "n"
     FROM "due_state" q
     WHERE q."userId" = ? AND q."counts" IN (false, true) AND q."state" IN (1, 2, 3) AND q."due" < ?
       AND q."deckId" IN (SELECT d."id" FROM "deck" d WHERE d."builtIn" = true OR d."ownerId" = ?)
     GROUP BY 1`,
    todayStart,
    todayStart.getTime(),
    q.userId,
    horizon,
    q.userId,
  );
  const counts = new Array<number>(q.range).fill(0);
  let overdue = 0;
  for (const r of rows) {
    const o = toNum(r.o);
    if (o < 0) overdue += toNum(r.n);
    counts[Math.max(0, o)]! += toNum(r.n);
  }
  const total = counts.reduce((a, b) => a + b, 0);
  return { counts, overdue, total, perDay: Math.round((total / q.range) * 10) / 10 };
}

/**
 * One pass over the user's states of visible, unarchived cards: countCardsByState's
 * buckets and memoryStats' bins with summed retrievability, grouped by one integer
 * key (stats-memory-sql.ts); then the cards without a state (new: the per-deck card
 * counters minus the states) and the archived cards with one, from an index.
 */
function* countsAndMemoryPlan(q: CardStatsInput, todayStart: Date): SqlPlan<{ counts: CardCounts; memory: MemoryStats }> {
  const { decay, factor } = computeDecayFactor(q.decay);
  const pg = q.postgres;
  const float = (sql: string) => (pg ? `${sql}::float8` : sql);
  const last = epochMs(`s."lastReview"`, pg);
  // Elapsed study days: 0 from today's start on, else the days started since (ceil), as retrievabilityNow counts them.
  // The instant is compared first (SQLite: ISO text) so the date is parsed once per row.
  const elapsed = `CASE WHEN s."lastReview" >= ? THEN 0 ELSE CEIL((${pg ? "?::bigint" : "?"} - ${last}) / ${DAY_MS}.0) END`;
  // forgetting_curve's power, times 1e8: the numerator of R rounded to 8 decimals (roundedNumerator).
  const scaled = `power(1.0 + ${float("?")} * (${elapsed}) / s."stability", ${float("?")}) * ${float("100000000")}`;
  const studied = `s."state" <> 0 AND s."lastReview" IS NOT NULL`;
  const bucket = `CASE WHEN s."suspended" = true THEN 4 WHEN s."state" = 0 THEN 0
    WHEN s."state" = 2 AND s."scheduledDays" >= 21 THEN 3 WHEN s."state" = 2 THEN 2 ELSE 1 END`;
  const bins = `10 * (${binOf(`s."stability"`, STABILITY_BINS)} + 1) + 100 * (${binOf(`s."difficulty"`, DIFFICULTY_BINS)} + 1)`;
  const n = roundedNumerator(`y."p"`);
  const rows = yield* selectRows<{ k: unknown; c: unknown; n: unknown }>(
    `SELECT y."k" + CASE WHEN y."p" IS NULL THEN 0 ELSE 10000 * (${retrievabilityBinOf(n)} + 1) END AS "k", COUNT(*) AS "c", SUM(${n}) AS "n" FROM (
       SELECT ${bucket} + CASE WHEN ${studied} THEN ${bins} ELSE 0 END AS "k",
         CASE WHEN ${studied} THEN ${scaled} END AS "p"
       ${fromVisible(pg)}
       ${pg ? "OFFSET 0" : "LIMIT -1"}
     ) y GROUP BY 1`, // LIMIT/OFFSET keep the subquery whole: flattened, R would be computed once per reference
    factor,
    todayStart,
    todayStart.getTime(),
    decay,
    q.userId,
    q.userId,
  );
  const [cards] = yield* selectRows<{ n: unknown }>(
    // Cards not archived in visible decks, from the counters migration 0008's triggers keep per deck.
    `SELECT SUM(dc."cards") AS "n" FROM "deck_count" dc JOIN "deck" d ON d."id" = dc."deckId" WHERE d."builtIn" = true OR d."ownerId" = ?`,
    q.userId,
  );
  const [archived] = yield* selectRows<{ n: unknown }>(
    // Driven from the (few) archived cards, not from every state.
    `SELECT COUNT(*) AS "n" FROM "card" c${pg ? "" : ` INDEXED BY "card_deckId_archivedAt_id_idx"`} JOIN "deck" d ON d."id" = c."deckId"
     JOIN "card_state" s ON s."cardId" = c."id" AND s."userId" = ?
     WHERE (d."builtIn" = true OR d."ownerId" = ?) AND c."archivedAt" IS NOT NULL`,
    q.userId,
    q.userId,
  );
  const counts: CardCounts = { new: 0, learning: 0, young: 0, mature: 0, suspended: 0, archived: toNum(archived?.n), total: 0 };
  let withState = 0;
  const groups: MemoryGroup[] = [];
  for (const row of rows) {
    const g = decodeGroupKey(toNum(row.k));
    const cardsInGroup = toNum(row.c);
    counts[g.bucket] += cardsInGroup;
    withState += cardsInGroup;
    if (g.stabilityBin === null) continue;
    groups.push({ stabilityBin: g.stabilityBin, difficultyBin: g.difficultyBin, retrievabilityBin: g.retrievabilityBin, cards: cardsInGroup, sumR: toNum(row.n) / 1e8 });
  }
  counts.new += toNum(cards?.n) - withState;
  counts.total = toNum(cards?.n) + counts.archived;
  return { counts, memory: memoryStatsFromGroups(groups) };
}

/** Counts, future due and memory for every visible deck (fixed-offset time zones only: see hasFixedOffset). */
export function* cardStatsPlan(q: CardStatsInput): SqlPlan<{ counts: CardCounts; future: FutureDue; memory: MemoryStats }> {
  const todayStart = startOfStudyDayFor(q.today, q.timezone, q.dayStartHour);
  // Sanity: with a fixed offset, tomorrow starts exactly one day later.
  if (startOfStudyDayFor(addDays(q.today, 1), q.timezone, q.dayStartHour).getTime() - todayStart.getTime() !== DAY_MS) {
    throw new Error("cardStatsPlan needs a fixed-offset time zone");
  }
  const { counts, memory } = yield* countsAndMemoryPlan(q, todayStart);
  const future = yield* futureDuePlan(q, todayStart);
  return { counts, future, memory };
}
