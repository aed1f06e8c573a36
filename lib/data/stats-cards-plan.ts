import "server-only";
import { computeDecayFactor } from "ts-fsrs";
import { selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import { addDays, startOfStudyDayFor, timeZoneOffsetMs } from "@/lib/scheduler/study-day";
import type { CardCounts } from "@/lib/stats/card-counts";
import type { FutureDue } from "@/lib/stats/future-due";
import { DIFFICULTY_BINS, memoryStatsFromGroups, RETRIEVABILITY_BINS, STABILITY_BINS, type MemoryStats } from "@/lib/stats/memory";

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

/** `CASE WHEN x < b0 THEN 0 WHEN x < b1 THEN 1 … ELSE n END`: the bin memoryStats' `place` picks. */
const binOf = (x: string, bounds: readonly number[]) => `CASE ${bounds.map((b, i) => `WHEN ${x} < ${b} THEN ${i}`).join(" ")} ELSE ${bounds.length} END`;

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

/** futureDue over visible, studied, unsuspended, unarchived cards, grouped by day offset in SQL. */
function* futureDuePlan(q: CardStatsInput, todayStart: Date): SqlPlan<FutureDue> {
  const horizon = new Date(todayStart.getTime() + q.range * DAY_MS);
  const offset = q.postgres
    ? `(${epochMs(`s."due"`, true)} - ?::bigint) / ${DAY_MS}`
    : `CAST((${epochMs(`s."due"`, false)} - ?) / ${DAY_MS} AS INTEGER)`; // better-sqlite3 binds a number as REAL
  const rows = yield* selectRows<{ o: unknown; n: unknown }>(
    `SELECT CASE WHEN s."due" < ? THEN -1 ELSE ${offset} END AS "o", COUNT(*) AS "n"
     ${fromVisible(q.postgres)} AND s."suspended" = false AND s."state" <> 0 AND s."due" < ?
     GROUP BY 1`,
    todayStart,
    todayStart.getTime(),
    q.userId,
    q.userId,
    horizon,
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
 * buckets and memoryStats' bins with summed retrievability; then the cards
 * without a state (new) and the archived cards with one, both from indexes.
 */
function* countsAndMemoryPlan(q: CardStatsInput, todayStart: Date): SqlPlan<{ counts: CardCounts; memory: MemoryStats }> {
  const { decay, factor } = computeDecayFactor(q.decay);
  const pg = q.postgres;
  const last = epochMs(`s."lastReview"`, pg);
  const start = pg ? `?::bigint` : `?`;
  // Elapsed study days: 0 from today's start on, else the days started since (ceil), as retrievabilityNow counts them.
  // The instant is compared first (SQLite: ISO text) so the date is parsed once per row.
  const elapsed = `CASE WHEN s."lastReview" >= ? THEN 0 ELSE CEIL((${start} - ${last}) / ${DAY_MS}.0) END`;
  const power = `power(1.0 + ${pg ? "?::float8" : "?"} * (${elapsed}) / s."stability", ${pg ? "?::float8" : "?"})`;
  // forgetting_curve rounds R to 8 decimals.
  const r = pg ? `ROUND((${power})::numeric, 8)::float8` : `ROUND(${power}, 8)`;
  const studied = `s."state" <> 0 AND s."lastReview" IS NOT NULL`;
  const bucket = `CASE WHEN s."suspended" = true THEN 'suspended' WHEN s."state" = 0 THEN 'new'
    WHEN s."state" = 2 AND s."scheduledDays" >= 21 THEN 'mature' WHEN s."state" = 2 THEN 'young' ELSE 'learning' END`;
  const rows = yield* selectRows<{ bucket: string; sb: unknown; db: unknown; rb: unknown; n: unknown; r: unknown }>(
    `SELECT x."bucket", x."sb", x."db", ${binOf(`x."r"`, RETRIEVABILITY_BINS)} AS "rb", COUNT(*) AS "n", SUM(x."r") AS "r" FROM (
       SELECT ${bucket} AS "bucket",
         CASE WHEN ${studied} THEN ${binOf(`s."stability"`, STABILITY_BINS)} END AS "sb",
         CASE WHEN ${studied} THEN ${binOf(`s."difficulty"`, DIFFICULTY_BINS)} END AS "db",
         CASE WHEN ${studied} THEN ${r} END AS "r"
       ${fromVisible(pg)}
       ${pg ? "OFFSET 0" : "LIMIT -1"}
     ) x GROUP BY 1, 2, 3, 4`, // LIMIT/OFFSET keep the subquery whole: flattened, R would be computed once per reference
    factor,
    todayStart,
    todayStart.getTime(),
    decay,
    q.userId,
    q.userId,
  );
  const [cards] = yield* selectRows<{ n: unknown }>(
    `SELECT COUNT(*) AS "n" FROM "card" c JOIN "deck" d ON d."id" = c."deckId" WHERE (d."builtIn" = true OR d."ownerId" = ?) AND c."archivedAt" IS NULL`,
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
  for (const g of rows) {
    counts[g.bucket as "new" | "learning" | "young" | "mature" | "suspended"] += toNum(g.n);
    withState += toNum(g.n);
  }
  counts.new += toNum(cards?.n) - withState;
  counts.total = toNum(cards?.n) + counts.archived;
  const memory = memoryStatsFromGroups(
    rows
      .filter((g) => g.sb !== null)
      .map((g) => ({ stabilityBin: toNum(g.sb), difficultyBin: toNum(g.db), retrievabilityBin: toNum(g.rb), cards: toNum(g.n), sumR: Number(g.r) })),
  );
  return { counts, memory };
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
