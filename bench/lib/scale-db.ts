/**
 * A throwaway database for one heavy user: 100,000 cards in 100 decks and
 * 1,000,000 review logs over two years, with realistic FSRS states and dues.
 * Written straight through better-sqlite3 in big transactions (Prisma would
 * take minutes), in the same formats Prisma's adapter writes.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import Database from "better-sqlite3";
import { applyMigrations, listMigrations } from "@/lib/db/migrate";
import { backfill, sqliteTriggers } from "../../scripts/stats-day-sql.mjs";

export const SCALE_USER = { id: "scale-user", email: "scale@example.com" };
const DAY = 86_400_000;

export interface ScaleShape {
  decks: number;
  cardsPerDeck: number;
  logs: number;
}

// Prisma's better-sqlite3 adapter stores DateTime as ISO text with "+00:00".
const iso = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
const dayOf = (ms: number) => new Date(ms + 9 * 3600_000 - 4 * 3600_000).toISOString().slice(0, 10); // Asia/Seoul, day starts 04:00

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cache key: the generator's shape plus the migrations, so a schema change regenerates. */
export function scaleDbKey(shape: ScaleShape): string {
  return crypto.createHash("sha256").update(JSON.stringify({ v: 1, shape, m: listMigrations() })).digest("hex").slice(0, 12);
}

export function generateScaleDb(file: string, shape: ScaleShape, now = Date.now()): void {
  for (const s of ["", "-wal", "-shm"]) fs.rmSync(file + s, { force: true });
  applyMigrations(`file:${file}`);
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF"); // a throwaway file: speed over durability while filling it
  // The statistics triggers (migration 0009) would run for each of the million logs; fill stats_day once at the end instead.
  for (const t of ["insert", "delete", "update"]) db.exec(`DROP TRIGGER IF EXISTS "review_log_stats_day_${t}"`);
  const rand = rng(42);
  const created = iso(now - 800 * DAY);
  const u = SCALE_USER;

  db.prepare(`INSERT INTO user (id, name, email, emailVerified, createdAt, updatedAt) VALUES (?, '', ?, 0, ?, ?)`).run(u.id, u.email, created, created);
  db.prepare(`INSERT INTO settings (userId, timezone, dayStartHour, updatedAt) VALUES (?, 'Asia/Seoul', 4, ?)`).run(u.id, created);

  const insDeck = db.prepare(`INSERT INTO deck (id, slug, title, ownerId, builtIn, createdAt, updatedAt) VALUES (?, ?, ?, ?, 0, ?, ?)`);
  const insCard = db.prepare(
    `INSERT INTO card (id, deckId, key, kind, prompt, answer, parentId, position, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insState = db.prepare(
    `INSERT INTO card_state (id, userId, cardId, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps, lapses, state, lastReview, suspended, lastRating, passedAt, version, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insLog = db.prepare(
    `INSERT INTO review_log (id, userId, cardId, rating, state, due, stability, difficulty, elapsedDays, lastElapsedDays, scheduledDays, learningSteps, reviewedAt, durationMs, nextState, studyDay, createdAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, '{}', ?, ?)`,
  );

  // 70 % of cards have been studied; the rest are new. Logs are spread over the studied ones.
  const studiedPerDeck = Math.round(shape.cardsPerDeck * 0.7);
  const studied = shape.decks * studiedPerDeck;
  const logsPerCard = shape.logs / studied;
  const days = new Map<string, number>();

  db.transaction(() => {
    for (let d = 0; d < shape.decks; d++) {
      const deckId = `scale-deck-${d}`;
      insDeck.run(deckId, `deck-${d}`, `Scale deck ${d}`, u.id, created, created);
    }
  })();

  for (let d = 0; d < shape.decks; d++) {
    db.transaction(() => {
      const deckId = `scale-deck-${d}`;
      let parent: string | null = null;
      for (let i = 0; i < shape.cardsPerDeck; i++) {
        const cardId = `${deckId}-card-${i}`;
        // Every fifth card is a follow-up question of the topic before it.
        const isFollowup = i % 5 === 4 && parent !== null;
        insCard.run(cardId, deckId, `k${i}`, isFollowup ? "followup" : "qa", `Question ${d}/${i}?`, `Answer ${d}/${i}: `.padEnd(200, "lorem ipsum "), isFollowup ? parent : null, i, created, created);
        if (!isFollowup) parent = cardId;
        if (i >= studiedPerDeck) continue;

        // Logs: roughly logsPerCard each, over the last two years, oldest first.
        // Exactly shape.logs in total: card g gets floor((g+1)·L) − floor(g·L) logs.
        const g = d * studiedPerDeck + i;
        const count = Math.floor((g + 1) * logsPerCard) - Math.floor(g * logsPerCard);
        const first = now - (730 * rand() + 1) * DAY;
        let t = first;
        let lapses = 0;
        let lastRating = 3;
        let passedAt: number | null = null;
        for (let k = 0; k < count; k++) {
          const rating = rand() < 0.1 ? 1 : rand() < 0.15 ? 2 : rand() < 0.9 ? 3 : 4;
          if (rating === 1 && k > 0) lapses++;
          if (rating >= 3 && passedAt === null) passedAt = t;
          lastRating = rating;
          const day = dayOf(t);
          days.set(day, (days.get(day) ?? 0) + 1);
          insLog.run(crypto.randomUUID(), u.id, cardId, rating, k === 0 ? 0 : 2, iso(t), 1 + k, 5, k === 0 ? 0 : 3, 2, 3, iso(t), 8000, day, iso(t));
          t += ((now - t) / (count - k + 1)) * (0.5 + rand());
          if (t > now - 60_000) t = now - 60_000 * (count - k);
        }

        // State: mostly Review with dues from a few days overdue to months ahead.
        const r = rand();
        const state = r < 0.05 ? 1 : r < 0.1 ? 3 : 2;
        const due = state === 2 ? now + (rand() * 200 - 3) * DAY : now + (rand() * 60 - 30) * 60_000;
        const last = Math.min(t, now - 60_000);
        insState.run(
          `${cardId}-state`, u.id, cardId, iso(due), 1 + rand() * 100, 1 + rand() * 9, 3, Math.max(0, Math.round((due - last) / DAY)),
          count, lapses, state, iso(last), rand() < 0.03 ? 1 : 0, lastRating, passedAt === null ? null : iso(passedAt), count, iso(last),
        );
      }
    })();
  }

  const insDay = db.prepare(`INSERT INTO study_day (userId, day, reviews) VALUES (?, ?, ?)`);
  db.transaction(() => {
    for (const [day, n] of days) insDay.run(u.id, day, n);
  })();
  db.exec(backfill());
  db.exec(sqliteTriggers());
  // No ANALYZE: the app never runs it, so the planner must do without statistics here too.
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
}
