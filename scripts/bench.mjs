// `npm run bench`: the four measured claims (parser, grades, scale, page
// weight) plus Lighthouse, printed as a table and written to bench/results.json.
// See bench/README.md for what each part measures and why.
//
//   npm run bench [-- --only parser,scale,grades,weight,lighthouse] [--save]
//
// --save also writes bench/results-<date>.json, the copy that gets committed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { benchGrades } from "../bench/lib/grades.mjs";
import { runLighthouse } from "../bench/lib/lighthouse.mjs";
import { measureStudyJs } from "../bench/lib/page-weight.mjs";
import { ROOT, ensureBuild, removeDb, signUp, startServer } from "../bench/lib/server.mjs";

const { values: args } = parseArgs({
  options: {
    only: { type: "string", default: "parser,scale,grades,weight,lighthouse" },
    save: { type: "boolean", default: false },
    port: { type: "string", default: process.env.BENCH_PORT || "3301" },
  },
});
const parts = new Set(args.only.split(","));
const DIST = ".next-bench"; // never the default .next: other builds may be using it
const started = Date.now();
const log = (msg) => console.error(`[bench] ${msg}`);

const GOALS = {
  parserRatio: 2,
  gradesRatio: 0.6,
  gradesP99Ms: 100,
  nextCardMs: 5,
  todayMs: 100,
  studyJsGzipKiB: 200,
  lighthouse: 0.95,
};

function machine() {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? "unknown CPU"} × ${cpus.length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, ${os.type()} ${os.release()} ${os.arch()}, Node ${process.version}`;
}

/** Runs a TypeScript bench script and returns the JSON it prints. */
function runTs(script, nodeArgs = []) {
  const res = spawnSync(process.execPath, [...nodeArgs, "--import", "tsx", path.join("scripts", script)], {
    cwd: ROOT,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 2 ** 20,
  });
  if (res.status !== 0) throw new Error(`${script} failed (${res.status})`);
  return JSON.parse(res.stdout.trim().split("\n").at(-1));
}

const results = { machine: machine(), date: new Date().toISOString(), loadAverageAtStart: os.loadavg().map((x) => Math.round(x * 100) / 100), goals: GOALS };

if (parts.has("parser")) {
  log("parser: parseDeck vs remark-parse …");
  results.parser = runTs("bench-parser.ts");
}
if (parts.has("scale")) {
  log("scale: 100k cards / 1M logs (generated once, cached under .tmp/bench) …");
  // react-server: `import "server-only"` resolves to its empty module outside Next.js.
  results.scale = runTs("bench-scale.ts", ["--conditions=react-server"]);
}

if (parts.has("grades") || parts.has("weight") || parts.has("lighthouse")) {
  log(`building into ${DIST} if needed …`);
  ensureBuild(DIST);
  const dbFile = path.join(ROOT, ".tmp", "bench", "server.db");
  removeDb(dbFile);
  const server = await startServer({ port: Number(args.port), distDir: DIST, dbFile });
  try {
    const { cookie } = await signUp(server.url);
    if (parts.has("weight")) {
      log("page weight: /study JavaScript …");
      results.pageWeight = await measureStudyJs({ url: server.url, cookie });
    }
    if (parts.has("lighthouse")) {
      log("lighthouse (mobile): Today and /study …");
      results.lighthouse = await runLighthouse({ url: server.url, cookie, pages: { today: "/", study: "/study" } });
    }
    if (parts.has("grades")) {
      log("grades: autocannon, 32 connections …");
      const db = new Database(dbFile, { readonly: true });
      const cardIds = db
        .prepare(`SELECT c.id FROM card c JOIN deck d ON d.id = c.deckId WHERE d.builtIn = 1 AND c.archivedAt IS NULL AND c.parentId IS NULL`) // topics: a follow-up is refused until its topic passes
        .all()
        .map((r) => r.id);
      db.close();
      results.grades = await benchGrades({ url: server.url, cookie, cardIds });
    }
  } finally {
    await server.kill("SIGTERM");
  }
}
results.seconds = Math.round((Date.now() - started) / 1000);

// ── Table ────────────────────────────────────────────────────────────────
const rows = [];
const ok = (met) => (met ? "met" : "MISSED");
const { parser, grades, scale, pageWeight, lighthouse } = results;
if (parser)
  rows.push([
    "1 Parser",
    `${parser.files} files, ${(parser.bytes / 2 ** 20).toFixed(2)} MiB: parseDeck ${parser.oursMs} ms vs remark-parse ${parser.floorMs} ms = ${parser.ratio}×`,
    `≤ ${GOALS.parserRatio}× floor`,
    ok(parser.ratio <= GOALS.parserRatio),
  ]);
if (grades) {
  rows.push([
    "2 Grades",
    `${grades.rps} req/s (p50 ${grades.p50Ms} ms, p99 ${grades.p99Ms} ms) vs no-op ${grades.noopRps} req/s = ${Math.round(grades.ratio * 100)} %`,
    `≥ ${GOALS.gradesRatio * 100} %, p99 ≤ ${GOALS.gradesP99Ms} ms`,
    ok(grades.ratio >= GOALS.gradesRatio && grades.p99Ms <= GOALS.gradesP99Ms),
  ]);
}
if (scale) {
  rows.push(["3 Scale: next card", `${scale.nextCardMs} ms (${scale.cards} cards, ${scale.logs} logs)`, `≤ ${GOALS.nextCardMs} ms`, ok(scale.nextCardMs <= GOALS.nextCardMs)]);
  rows.push(["3 Scale: Today", `${scale.todayMs} ms`, `≤ ${GOALS.todayMs} ms`, ok(scale.todayMs <= GOALS.todayMs)]);
  rows.push(["3 Scale: query plans", scale.usesIndex ? "every query searches an index" : `${scale.tableScans.length} table scan(s)`, "index, not scan", ok(scale.usesIndex)]);
}
if (pageWeight) rows.push(["4 Page weight", `/study JS ${pageWeight.studyJsGzipKiB} KiB gzipped (${pageWeight.scripts} files)`, `≤ ${GOALS.studyJsGzipKiB} KiB`, ok(pageWeight.studyJsGzipKiB <= GOALS.studyJsGzipKiB)]);
if (lighthouse)
  for (const [name, r] of Object.entries(lighthouse))
    rows.push([`Lighthouse ${name}`, `performance ${r.performance}, accessibility ${r.accessibility}`, `both ≥ ${GOALS.lighthouse}`, ok(r.performance >= GOALS.lighthouse && r.accessibility >= GOALS.lighthouse)]);

const widths = [0, 1, 2, 3].map((i) => Math.max(...[["Part", "Measured", "Goal", ""], ...rows].map((r) => r[i].length)));
const line = (r) => r.map((c, i) => c.padEnd(widths[i])).join("  ");
console.log(`\n${results.machine}\n`);
console.log(line(["Part", "Measured", "Goal", ""]));
console.log(widths.map((w) => "─".repeat(w)).join("  "));
for (const r of rows) console.log(line(r));
if (parser && !parser.corpus.startsWith("../shared")) console.log(`\nParser: ${parser.corpus}`);
if (scale && !scale.usesIndex) for (const s of scale.tableScans) console.log(`table scan: ${s.detail}\n  in: ${s.sql.slice(0, 200)}…`);
console.log(`\n(${results.seconds} s; medians; details in bench/results.json)`);

fs.mkdirSync(path.join(ROOT, "bench"), { recursive: true });
fs.writeFileSync(path.join(ROOT, "bench", "results.json"), JSON.stringify(results, null, 2) + "\n");
if (args.save) fs.writeFileSync(path.join(ROOT, "bench", `results-${results.date.slice(0, 10)}.json`), JSON.stringify(results, null, 2) + "\n");
