/**
 * The crash test's consistency checks on a PostgreSQL database (see
 * verify-db.ts): every card state equals the replay of its logs, study-day
 * counts match, no logs without a state.
 */
import pg from "pg";
import type { SettingsRowLike } from "@/lib/scheduler/settings";
import { COUNTER_MISMATCH_SQL, DUE_STATE_MISMATCH_SQL, UNLOCKED_FOLLOWUP_MISMATCH_SQL, findInconsistentStates, type DbReport, type LogRow, type StateRow } from "./verify-db";

export async function verifyPostgresDatabase(url: string, userId: string): Promise<DbReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows = async <T>(sql: string, params: unknown[] = [userId]) => (await client.query(sql, params)).rows as T[];
    const logIds = new Set((await rows<{ id: string }>(`SELECT id FROM review_log WHERE "userId" = $1`)).map((r) => r.id));
    const [settingsRow] = await rows<SettingsRowLike>(`SELECT * FROM settings WHERE "userId" = $1`);
    const states = await rows<StateRow>(`SELECT * FROM card_state WHERE "userId" = $1`);
    // Commit order: a grade that lost a race on one card was retried in a new
    // transaction, whose id (xmin) is higher than the winner's.
    const logs = await rows<LogRow & { cardId: string }>(
      `SELECT id, "cardId", rating, "reviewedAt", "undoneAt" FROM review_log WHERE "userId" = $1 ORDER BY xmin::text::bigint, "createdAt"`,
    );
    const byCard = new Map<string, LogRow[]>();
    for (const l of logs) byCard.set(l.cardId, [...(byCard.get(l.cardId) ?? []), l]);
    const inconsistent = findInconsistentStates(states, (cardId) => byCard.get(cardId) ?? [], settingsRow);
    const orphans = await rows<{ cardId: string }>(
      `SELECT DISTINCT l."cardId" FROM review_log l LEFT JOIN card_state s ON s."userId" = l."userId" AND s."cardId" = l."cardId" WHERE l."userId" = $1 AND s.id IS NULL`,
    );
    for (const o of orphans) inconsistent.push(`${o.cardId}: logs without a card state`);
    const [mismatches] = await rows<{ n: string }>(
      `SELECT COUNT(*) AS n FROM study_day d
       WHERE d."userId" = $1 AND d.reviews <> (SELECT COUNT(*) FROM review_log l WHERE l."userId" = d."userId" AND l."studyDay" = d.day)`,
    );
    let i = 0;
    const counters = await rows<{ deckId: string }>(COUNTER_MISMATCH_SQL.replace(/\?/g, () => `$${++i}::text`), [userId, userId, userId]);
    for (const c of counters) inconsistent.push(`deck ${c.deckId}: study counters ≠ recount`);
    let j = 0;
    const due = await rows<{ cardId: string }>(DUE_STATE_MISMATCH_SQL.replace(/\?/g, () => `$${++j}::text`), [userId, userId, userId, userId]);
    for (const d of due) inconsistent.push(`${d.cardId}: due_state ≠ recount`);
    let k = 0;
    const unlocked = await rows<{ cardId: string }>(UNLOCKED_FOLLOWUP_MISMATCH_SQL.replace(/\?/g, () => `$${++k}::text`), [userId, userId, userId, userId]);
    for (const u of unlocked) inconsistent.push(`${u.cardId}: unlocked_followup ≠ recount`);
    // PostgreSQL has no integrity_check pragma; its constraints were enforced on every write.
    return { integrity: "ok", logIds, cardsChecked: states.length, inconsistent, studyDayMismatches: Number(mismatches?.n ?? 0) };
  } finally {
    await client.end();
  }
}
