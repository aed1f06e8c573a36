import "server-only";
import { runUserTransaction } from "@/lib/db/transaction";
import { executeSql, idleConnection, runPrismaPlan, runSqlitePlan, selectRows, toBool, toDateOrNull, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import { databaseProvider, resolveDatabaseUrl } from "@/lib/db/database-url";
import type { GradeValue } from "@/lib/scheduler/fsrs-mapping";
import { gradeCard, progressAfterGrade, snapshotState } from "@/lib/scheduler/scheduler";
import { studyDayOf } from "@/lib/scheduler/study-day";
import { toPublicState, type PublicCardState } from "./card-state-json";
import { conflict, notFound } from "./errors";
import { requestSettingsPlan } from "./settings-plan";
import type { SessionUser } from "./session-user";
import { fsrsStateOf, type DueRow } from "./study-candidates";

export interface GradeRequest {
  /** Chosen by the client; a retry with the same id applies once. */
  id: string;
  cardId: string;
  rating: GradeValue;
  durationMs: number;
  /** The card-state version the client was shown; a different one means another tab graded first. */
  version?: number;
}

export interface GradeOutcome {
  created: boolean;
  body: { cardId: string; state: PublicCardState };
}

const SEEN_SQL = `SELECT "userId", "cardId", "nextState" FROM "review_log" WHERE "id" = ?`;
// The card (visible, not archived), the user's state of it and of its topic, in one read.
const CARD_SQL = `SELECT c."parentId" AS "parentId", s."version" AS "version",
    s."due" AS "due", s."stability" AS "stability", s."difficulty" AS "difficulty", s."elapsedDays" AS "elapsedDays",
    s."scheduledDays" AS "scheduledDays", s."learningSteps" AS "learningSteps", s."reps" AS "reps", s."lapses" AS "lapses",
    s."state" AS "state", s."lastReview" AS "lastReview", s."suspended" AS "suspended", s."lastRating" AS "lastRating",
    s."passedAt" AS "passedAt", p."passedAt" AS "topicPassedAt", p."state" AS "topicState", p."lastRating" AS "topicLastRating"
  FROM "card" c JOIN "deck" d ON d."id" = c."deckId"
  LEFT JOIN "card_state" s ON s."userId" = ? AND s."cardId" = c."id"
  LEFT JOIN "card_state" p ON p."userId" = ? AND p."cardId" = c."parentId"
  WHERE c."id" = ? AND c."archivedAt" IS NULL AND (d."builtIn" = true OR d."ownerId" = ?)`;
const UPSERT_STATE_SQL = `INSERT INTO "card_state" ("id", "userId", "cardId", "due", "stability", "difficulty", "elapsedDays", "scheduledDays",
    "learningSteps", "reps", "lapses", "state", "lastReview", "suspended", "lastRating", "passedAt", "version", "updatedAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?, ?, ?)
  ON CONFLICT ("userId", "cardId") DO UPDATE SET "due" = excluded."due", "stability" = excluded."stability",
    "difficulty" = excluded."difficulty", "elapsedDays" = excluded."elapsedDays", "scheduledDays" = excluded."scheduledDays",
    "learningSteps" = excluded."learningSteps", "reps" = excluded."reps", "lapses" = excluded."lapses", "state" = excluded."state",
    "lastReview" = excluded."lastReview", "lastRating" = excluded."lastRating", "passedAt" = excluded."passedAt",
    "version" = excluded."version", "updatedAt" = excluded."updatedAt"`;
const INSERT_LOG_SQL = `INSERT INTO "review_log" ("id", "userId", "cardId", "rating", "state", "due", "stability", "difficulty", "elapsedDays",
    "lastElapsedDays", "scheduledDays", "learningSteps", "reviewedAt", "durationMs", "previousState", "nextState", "studyDay", "createdAt")
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const COUNT_DAY_SQL = `INSERT INTO "study_day" ("userId", "day", "reviews") VALUES (?, ?, 1)
  ON CONFLICT ("userId", "day") DO UPDATE SET "reviews" = "study_day"."reviews" + 1`;

type CardRow = DueRow & { version: unknown; topicPassedAt: unknown; topicState: unknown; topicLastRating: unknown };

/**
 * One grade as a plan: two reads (the id, then the card with both states),
 * the settings, and three writes. `writtenAt` stamps createdAt/updatedAt as
 * Prisma's defaults would (the wall clock, not the request's `now`).
 */
export function* gradePlan(user: SessionUser, req: GradeRequest, now: Date, writtenAt: Date): SqlPlan<GradeOutcome> {
  const [seen] = yield* selectRows<{ userId: string; cardId: string; nextState: string }>(SEEN_SQL, req.id);
  if (seen) {
    if (seen.userId !== user.id || seen.cardId !== req.cardId) {
      throw conflict("이 요청 id는 이미 다른 채점에 쓰였습니다. 새 id로 다시 보내 주세요.", "id_reused");
    }
    return { created: false, body: { cardId: req.cardId, state: JSON.parse(seen.nextState) as PublicCardState } };
  }
  const [card] = yield* selectRows<CardRow>(CARD_SQL, user.id, user.id, req.cardId, user.id);
  if (!card) throw notFound("카드를 찾을 수 없습니다.");
  // A follow-up may be graded only while its topic is passed and not failing, the
  // same gate the queue applies: another tab may have undone the topic's passing grade.
  if (card.parentId && (card.topicPassedAt === null || toNum(card.topicState) === 3 || toNum(card.topicLastRating) === 1)) {
    throw conflict("이 꼬리 질문의 주제를 아직 통과하지 않았습니다(다른 탭에서 되돌렸을 수 있습니다). 주제부터 다시 연습하도록 목록을 새로 불러옵니다.", "followup_locked");
  }
  const exists = card.due !== null && card.due !== undefined;
  const version = exists ? toNum(card.version) : 0;
  if (req.version !== undefined && version !== req.version) {
    throw conflict("다른 탭이나 기기에서 이 카드를 이미 채점했습니다. 다음 카드를 불러옵니다.");
  }
  if (exists && toBool(card.suspended)) throw conflict("일시 중지된 카드는 채점할 수 없습니다.", "suspended");

  const { scheduler: settings } = yield* requestSettingsPlan(user);
  const state = exists ? fsrsStateOf(card) : null;
  const lastRating = toNum(card.lastRating);
  const passedAt = toDateOrNull(card.passedAt);
  const { next, log } = gradeCard({ state, cardId: req.cardId, rating: req.rating, now, settings });
  const progress = progressAfterGrade(exists ? { lastRating, passedAt } : null, req.rating, now);
  const body = { cardId: req.cardId, state: toPublicState(next) };
  const day = studyDayOf(now, settings.timezone, settings.dayStartHour);

  yield* executeSql(UPSERT_STATE_SQL, crypto.randomUUID(), user.id, req.cardId, next.due, next.stability, next.difficulty, next.elapsedDays,
    next.scheduledDays, next.learningSteps, next.reps, next.lapses, next.state, next.lastReview, progress.lastRating, progress.passedAt,
    version + 1, writtenAt);
  yield* executeSql(INSERT_LOG_SQL, req.id, user.id, req.cardId, log.rating, log.state, log.due, log.stability, log.difficulty, log.elapsedDays,
    log.lastElapsedDays, log.scheduledDays, log.learningSteps, log.reviewedAt, req.durationMs,
    state ? snapshotState({ ...state, lastRating, passedAt, suspended: false }) : null, JSON.stringify(body.state), day, writtenAt);
  yield* executeSql(COUNT_DAY_SQL, user.id, day);
  return { created: true, body };
}

/**
 * Grades one card: the FSRS state update, the review log and the study-day
 * counter are written in one transaction. Replaying a known id returns the
 * first answer and writes nothing. On SQLite it runs synchronously on
 * Prisma's connection inside a group commit (see {@link commitGrade}); on
 * PostgreSQL it is queued per user, so two instances racing on one card or
 * one id act one after the other.
 */
export async function recordReview(user: SessionUser, req: GradeRequest, now: Date): Promise<GradeOutcome> {
  if (databaseProvider(resolveDatabaseUrl()) === "sqlite") return commitGrade(() => gradePlan(user, req, now, new Date()));
  return runUserTransaction(user.id, (tx) => runPrismaPlan(tx, gradePlan(user, req, now, new Date())));
}

// ── SQLite group commit ─────────────────────────────────────────────────────
// Every commit waits for an fsync (synchronous=FULL, which stays), and better-sqlite3
// waits on the request thread: on a busy disk that, not CPU, capped grades per second.
// Grades that arrive together are written in one transaction, each inside its own
// savepoint (a refused grade rolls back alone), and all are answered after the one
// commit: the same durability, one fsync for the batch. Within a batch grades apply
// in arrival order, exactly as one after another.

const MAX_BATCH = 64;
interface PendingGrade {
  plan: () => SqlPlan<GradeOutcome>;
  resolve: (outcome: GradeOutcome) => void;
  reject: (err: unknown) => void;
}
let pending: PendingGrade[] = [];
let flushing = false;

function commitGrade(plan: () => SqlPlan<GradeOutcome>): Promise<GradeOutcome> {
  return new Promise((resolve, reject) => {
    pending.push({ plan, resolve, reject });
    if (!flushing) {
      flushing = true;
      // One turn of the event loop lets grades already received join this commit.
      setImmediate(() => void flushGrades());
    }
  });
}

async function flushGrades(): Promise<void> {
  try {
    while (pending.length > 0) {
      const db = await idleConnection();
      const batch = pending.splice(0, MAX_BATCH);
      if (!db) {
        // Prisma's connection is not available (should not happen on SQLite): one at a time through Prisma.
        for (const g of batch) runUserTransaction("", (tx) => runPrismaPlan(tx, g.plan(), true)).then(g.resolve, g.reject);
        continue;
      }
      const outcomes: Array<{ ok: true; value: GradeOutcome } | { ok: false; err: unknown }> = [];
      try {
        db.transaction(() => {
          outcomes.length = 0;
          for (const g of batch) {
            try {
              outcomes.push({ ok: true, value: db.transaction(() => runSqlitePlan(db, g.plan()))() });
            } catch (err) {
              outcomes.push({ ok: false, err });
            }
          }
        }).immediate();
      } catch (err) {
        for (const g of batch) g.reject(err); // the commit itself failed: nothing of the batch is stored
        continue;
      }
      batch.forEach((g, i) => {
        const o = outcomes[i]!;
        if (o.ok) g.resolve(o.value);
        else g.reject(o.err);
      });
    }
  } finally {
    flushing = false;
    if (pending.length > 0) {
      flushing = true;
      setImmediate(() => void flushGrades());
    }
  }
}
