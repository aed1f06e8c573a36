// `npm test`: unit tests (Vitest), then a production build, the browser
// tests (Playwright) and the crash test. Ends with one summary line: "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "./build-if-needed.mjs";

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

console.log("\n=== Unit tests (Vitest) ===");
const vitestOut = path.join(TMP, "vitest-report.json");
fs.rmSync(vitestOut, { force: true });
const unitStatus = run(bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile=${vitestOut}`]);
const unit = readJson(vitestOut);
if (unit) {
  totals.passed += unit.numPassedTests;
  totals.failed += unit.numFailedTests;
  totals.skipped += unit.numPendingTests + unit.numTodoTests;
}
// A runner error (e.g. an unhandled error outside any test) fails the run
// without failing a test; count it so the summary line never says "0 failed".
if (unitStatus !== 0 && !(unit?.numFailedTests > 0)) totals.failed += 1;

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
}
if (e2eStatus !== 0 && !(e2e?.stats?.unexpected > 0)) totals.failed += 1;

// Kills the server mid-burst of grades and checks nothing acknowledged was
// lost; reuses the build above and counts as one test.
console.log("\n=== Crash test (SIGKILL mid-burst) ===");
const crashStatus = run(process.execPath, ["--import", "tsx", path.join("scripts", "crash-test.ts"), "--short"]);
if (crashStatus === 0) totals.passed += 1;
else totals.failed += 1;

const ok = unitStatus === 0 && e2eStatus === 0 && crashStatus === 0 && totals.failed === 0;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(ok ? 0 : 1);
