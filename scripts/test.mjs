// `npm test`: unit tests (Vitest), the data-layer/API/authorization suites
// again on a throwaway PostgreSQL cluster, then a production build, the
// browser tests (Playwright), the crash test (SQLite and PostgreSQL) and the
// two-instance test. Ends with one summary line: "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { findPostgresBin, startPostgresCluster } from "./pg-cluster.mjs";

const ROOT = path.resolve(import.meta.dirname, "..");
const TMP = path.join(ROOT, ".tmp");
fs.mkdirSync(TMP, { recursive: true });
const bin = (name) => path.join(ROOT, "node_modules", ".bin", name);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function run(cmd, args, extraEnv = {}) {
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: "inherit", env: { ...env, ...extraEnv } });
  return res.status ?? 1;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

const totals = { passed: 0, failed: 0, skipped: 0 };
// Names of what failed, repeated under the summary line: a CI log is often
// read from its end only, and a failure far above it would go unseen.
const failures = [];
const fail = (name) => {
  totals.failed += 1;
  failures.push(name);
};

/** Failed tests (and files that failed outside any test) of a Vitest JSON report. */
function vitestFailures(report, suite) {
  const out = [];
  for (const file of report?.testResults ?? []) {
    const rel = path.relative(ROOT, file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const t of failed) out.push(`${suite}: ${rel} › ${t.fullName}`);
    if (failed.length === 0 && file.status === "failed") out.push(`${suite}: ${rel} (${String(file.message ?? "failed").split("\n")[0]})`);
  }
  return out;
}

/** Failed or flaky specs of a Playwright JSON report. */
function playwrightFailures(report) {
  const out = [];
  const walk = (suite) => {
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests ?? []) if (t.status === "unexpected" || t.status === "flaky") out.push(`e2e (${t.status}): ${spec.file}:${spec.line} › ${spec.title}`);
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report?.suites ?? []) walk(suite);
  return out;
}

console.log("\n=== Unit tests (Vitest) ===");
const vitestOut = path.join(TMP, "vitest-report.json");
fs.rmSync(vitestOut, { force: true });
const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${vitestOut}`]);
const unit = readJson(vitestOut);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
  failures.push(...vitestFailures(unit, "unit"));
}
// A runner error (e.g. an unhandled error outside any test) fails the run
// without failing a test; count it so the summary line never says "0 failed".
if (unitStatus !== 0 && !(unit?.numFailedTests > 0)) fail("unit: the Vitest run itself failed (see its output above)");

// The suites that touch the database, again on PostgreSQL (every test file
// gets its own database on a cluster started here and removed at the end).
// Substring filters, so new test files in these places are included.
const PG_SUITES = ["lib/data/", "lib/db/postgres", "lib/auth/rate-limit", "test/api-", "test/authz", "test/csrf", "test/import-api", "test/fuzz-api"];
let cluster = null;
const stopCluster = () => {
  try {
    cluster?.stop();
  } catch (err) {
    console.error(`[test] could not stop the PostgreSQL cluster: ${err.message}`);
  }
  cluster = null;
};
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (stopCluster(), process.exit(1)));
process.on("exit", stopCluster);

console.log("\n=== Data layer, API and authorization tests on PostgreSQL (Vitest) ===");
let pgStatus = 0;
if (!findPostgresBin()) {
  console.log(
    "[test] SKIPPED: PostgreSQL runs (Vitest on PostgreSQL, crash test on PostgreSQL, two-instance test): " +
      "initdb/pg_ctl not found. Install the `postgresql` package (Debian: apt-get install postgresql; .ci/run does) to run them.",
  );
  totals.skipped += 3;
} else {
  try {
    cluster = await startPostgresCluster({ port: Number(process.env.PG_TEST_PORT || 5439) });
    console.log(`[test] throwaway PostgreSQL cluster on port ${cluster.port} (${cluster.dir})`);
  } catch (err) {
    console.error(`[test] FAILED to start a PostgreSQL cluster: ${err.message}`);
    fail("postgresql: the throwaway cluster did not start");
    pgStatus = 1;
  }
}
if (cluster) {
  const pgOut = path.join(TMP, "vitest-postgresql-report.json");
  fs.rmSync(pgOut, { force: true });
  pgStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${pgOut}`, ...PG_SUITES], {
    REHEARSE_TEST_POSTGRES_URL: cluster.adminUrl,
  });
  const pgUnit = readJson(pgOut);
  if (pgUnit) {
    totals.passed += pgUnit.numPassedTests;
    totals.failed += pgUnit.numFailedTests;
    totals.skipped += pgUnit.numPendingTests + pgUnit.numTodoTests;
    failures.push(...vitestFailures(pgUnit, "postgresql"));
  }
  if (pgStatus !== 0 && !(pgUnit?.numFailedTests > 0)) fail("postgresql: the Vitest run itself failed (see its output above)");
}

console.log("\n=== Browser tests (Playwright) ===");
buildIfNeeded();
const pwOut = path.join(TMP, "playwright-report.json");
fs.rmSync(pwOut, { force: true });
const e2eStatus = run(bin("playwright"), ["test"], { PLAYWRIGHT_JSON_OUTPUT_NAME: pwOut });
const e2e = readJson(pwOut);
if (e2e?.stats) {
  totals.passed += e2e.stats.expected;
  totals.failed += e2e.stats.unexpected + e2e.stats.flaky;
  totals.skipped += e2e.stats.skipped;
  failures.push(...playwrightFailures(e2e));
}
if (e2eStatus !== 0 && !(e2e?.stats?.unexpected > 0)) fail("e2e: the Playwright run itself failed (see its output above)");

// Kills the server mid-burst of grades and checks nothing acknowledged was
// lost; reuses the build above and counts as one test.
console.log("\n=== Crash test (SIGKILL mid-burst) ===");
const crashStatus = run(process.execPath, ["--import", "tsx", path.join("scripts", "crash-test.ts"), "--short"]);
if (crashStatus === 0) totals.passed += 1;
else fail("crash test (SQLite)");

// The same crash on PostgreSQL, then two instances sharing one database.
let pgServerStatus = 0;
if (cluster) {
  console.log("\n=== Crash test on PostgreSQL (SIGKILL mid-burst) ===");
  const s1 = run(process.execPath, ["--import", "tsx", path.join("scripts", "crash-test.ts"), "--short", "--postgres", cluster.adminUrl]);
  if (s1 === 0) totals.passed += 1;
  else fail("crash test (PostgreSQL)");
  console.log("\n=== Two instances on one PostgreSQL database ===");
  const s2 = run(process.execPath, ["--import", "tsx", path.join("scripts", "two-instance-test.ts"), "--postgres", cluster.adminUrl]);
  if (s2 === 0) totals.passed += 1;
  else fail("two-instance test");
  pgServerStatus = s1 || s2;
}
stopCluster();

const ok = unitStatus === 0 && pgStatus === 0 && e2eStatus === 0 && crashStatus === 0 && pgServerStatus === 0 && totals.failed === 0;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
for (const name of failures) console.log(`  failed: ${name}`);
process.exit(ok ? 0 : 1);
