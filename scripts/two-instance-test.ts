/**
 * Two production servers on one PostgreSQL database, started together:
 *   1. they migrate and sync the built-in decks once between them;
 *   2. a session made on A works on B;
 *   3. the log-in limit counts attempts on both;
 *   4. one grade id sent to A and B at once applies once;
 *   5. one card version graded on both gives one 201 and one 409;
 *   6. SIGKILL of A mid-burst (B keeps serving): every acknowledged grade is
 *      stored and every card state replays from its logs.
 *
 *   tsx scripts/two-instance-test.ts --postgres <admin URL> [--dist .next] [--ports 3341,3342]
 *
 * Prints one PASS/FAIL line per check; exits non-zero on any failure.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { builtInCardIds, createPostgresDatabase, dropPostgresDatabase, queryRows } from "../bench/lib/db.mjs";
import { ROOT, signUp, startServer, type RunningServer } from "../bench/lib/server.mjs";
import { verifyPostgresDatabase } from "../bench/lib/verify-db-postgres";

const { values: args } = parseArgs({
  options: {
    postgres: { type: "string" },
    dist: { type: "string", default: process.env.NEXT_DIST_DIR || ".next" },
    ports: { type: "string", default: process.env.TWO_INSTANCE_PORTS || "3341,3342" },
  },
});
if (!args.postgres) {
  console.error("[two-instance] --postgres <admin URL of a PostgreSQL cluster> is required");
  process.exit(2);
}
if (!fs.existsSync(path.join(ROOT, args.dist, "BUILD_ID"))) {
  console.error(`[two-instance] no production build in ${args.dist}: run a build first`);
  process.exit(1);
}
const [portA, portB] = args.ports.split(",").map(Number) as [number, number];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const failures: string[] = [];
function check(name: string, ok: boolean, detail: string) {
  console.log(`[two-instance] ${ok ? "PASS" : "FAIL"} ${name}: ${detail}`);
  if (!ok) failures.push(name);
}

async function post(url: string, pathname: string, body: unknown, cookie = "") {
  const res = await fetch(`${url}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

async function main() {
  const adminUrl = args.postgres!;
  const databaseUrl = await createPostgresDatabase(adminUrl, "twoinst");
  // Both instances sign cookies with the one shared key (required on PostgreSQL).
  const env = { BETTER_AUTH_SECRET: crypto.randomBytes(32).toString("base64url"), AUTH_RATE_LIMIT_PER_EMAIL: "5" };
  const servers: RunningServer[] = [];
  try {
    const start = (port: number) => startServer({ port, distDir: args.dist, databaseUrl, env }).then((s) => (servers.push(s), s));
    const [a, b] = await Promise.all([start(portA), start(portB)]);

    // 1. Started together, migrated and synced once.
    const migrations = await queryRows<{ migration_name: string; n: string }>(
      databaseUrl,
      `SELECT migration_name, COUNT(*) AS n FROM "_prisma_migrations" GROUP BY 1 ORDER BY 1`,
    );
    const expected = fs.readdirSync(path.join(ROOT, "prisma", "postgresql", "migrations")).filter((n) => /^\d{4}_/.test(n)).sort();
    check(
      "migrate once",
      JSON.stringify(migrations.map((m) => [m.migration_name, Number(m.n)])) === JSON.stringify(expected.map((n) => [n, 1])),
      `${migrations.length} migrations recorded, each once`,
    );
    const cards = await builtInCardIds(databaseUrl);
    check("built-in decks synced", cards.length > 0, `${cards.length} built-in cards`);

    // 2. Session from A on B.
    const { cookie, user, email } = await signUp(a.url);
    const me = await fetch(`${b.url}/api/v1/me`, { headers: { cookie } });
    const meBody = (await me.json()) as { user?: { id: string } };
    check("cookie from A works on B", me.status === 200 && meBody.user?.id === user.id, `GET /api/v1/me on B → ${me.status}`);

    // 3. Log-in limit (5 per e-mail per minute) across both: 3 wrong on A, 2 on B, then the 6th on B.
    const statuses: number[] = [];
    for (const url of [a.url, b.url, a.url, b.url, a.url, b.url]) {
      statuses.push((await post(url, "/api/v1/auth/login", { email, password: "wrong-password-123" })).status);
    }
    check(
      "log-in limit shared",
      statuses.slice(0, 5).every((s) => s === 401) && statuses[5] === 429,
      `A,B,A,B,A,B → ${statuses.join(",")} (B had seen 2 attempts itself)`,
    );

    // 4. One grade id to both at once.
    const grade = { id: crypto.randomUUID(), cardId: cards[0]!, rating: 3, durationMs: 1000 };
    const same = await Promise.all([post(a.url, "/api/v1/reviews", grade, cookie), post(b.url, "/api/v1/reviews", grade, cookie)]);
    const logs = await queryRows<{ n: string }>(databaseUrl, `SELECT COUNT(*) AS n FROM review_log WHERE id = $1`, [grade.id]);
    check(
      "same grade id applies once",
      same.map((r) => r.status).sort().join(",") === "200,201" && same[0]!.body === same[1]!.body && Number(logs[0]!.n) === 1,
      `statuses ${same.map((r) => r.status).join(",")}, identical bodies ${same[0]!.body === same[1]!.body}, ${logs[0]!.n} log row`,
    );

    // 5. One card version graded on both.
    const cardId = cards[1]!;
    const raceIds = [crypto.randomUUID(), crypto.randomUUID()];
    const race = await Promise.all(
      [a.url, b.url].map((url, i) => post(url, "/api/v1/reviews", { id: raceIds[i], cardId, rating: 3, durationMs: 1, version: 0 }, cookie)),
    );
    const state = await queryRows<{ version: number }>(databaseUrl, `SELECT version FROM card_state WHERE "userId" = $1 AND "cardId" = $2`, [user.id, cardId]);
    check(
      "same card version: one 201, one 409",
      race.map((r) => r.status).sort().join(",") === "201,409" && state[0]?.version === 1,
      `statuses ${race.map((r) => r.status).join(",")}, card version ${state[0]?.version}`,
    );

    // 6. Burst on both, SIGKILL A mid-burst; B keeps going a little longer.
    const acked = new Set<string>([grade.id, ...raceIds.filter((_, i) => race[i]!.status === 201)]);
    let sent = 0;
    let ackedOnA = 0;
    let stopB = false;
    const burstCards = cards.slice(0, 40);
    async function client(url: string, isB: boolean) {
      for (;;) {
        if (isB && stopB) return;
        const g = { id: crypto.randomUUID(), cardId: burstCards[Math.floor(Math.random() * burstCards.length)]!, rating: 1 + Math.floor(Math.random() * 4), durationMs: 1 };
        sent++;
        try {
          const res = await post(url, "/api/v1/reviews", g, cookie);
          if (res.status === 201 || res.status === 200) {
            acked.add(g.id);
            if (!isB) ackedOnA++;
          }
        } catch {
          return; // A was killed mid-request
        }
      }
    }
    const burst = [...Array.from({ length: 8 }, () => client(a.url, false)), ...Array.from({ length: 8 }, () => client(b.url, true))];
    // Kill A mid-burst: once it has acknowledged a few grades (a loaded
    // machine may be slow to get there), at a random moment after that.
    const since = Date.now();
    while ((ackedOnA < 8 || Date.now() - since < 1500) && Date.now() - since < 60_000) await sleep(50);
    await sleep(Math.random() * 1000);
    const ackedBeforeKill = acked.size;
    const exit = await a.kill("SIGKILL");
    await sleep(2000);
    stopB = true;
    await Promise.all(burst);
    await b.kill("SIGTERM");
    const report = await verifyPostgresDatabase(databaseUrl, user.id);
    const missing = [...acked].filter((id) => !report.logIds.has(id));
    check(
      "SIGKILL of one instance mid-burst loses no acknowledged grade",
      ackedOnA >= 8 && acked.size > ackedBeforeKill && missing.length === 0 && report.inconsistent.length === 0 && report.studyDayMismatches === 0,
      `A ${exit.signal ?? exit.code} after acknowledging ${ackedOnA}; B kept acknowledging (${acked.size - ackedBeforeKill} more); ` +
        `sent ${sent}, acknowledged ${acked.size}, missing ${missing.length}, ` +
        `${report.cardsChecked} card states replayed, ${report.inconsistent.length} inconsistent, ${report.studyDayMismatches} study-day mismatches`,
    );
    for (const line of report.inconsistent.slice(0, 10)) console.error(`[two-instance] inconsistent ${line}`);
  } finally {
    for (const s of servers) await s.kill("SIGKILL");
    await dropPostgresDatabase(adminUrl, databaseUrl);
  }
  console.log(`[two-instance] ${failures.length === 0 ? "PASS" : `FAIL (${failures.join("; ")})`}`);
  process.exit(failures.length === 0 ? 0 : 1);
}

main().catch((err) => {
  console.error("[two-instance] FAIL:", err);
  process.exit(1);
});
