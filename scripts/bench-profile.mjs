// Where a request's milliseconds go: runs the production server under
// `node --cpu-prof`, loads one route with autocannon (32 connections), stops
// the server and prints the profile's self time per phase and the top
// functions (bench/lib/profile-summary.mjs). Relative shares hold even on a
// busy machine; absolute milliseconds do not.
//
//   node scripts/bench-profile.mjs --route me|today|next|grade|health|today-page [--seconds 10] [--port 3303]
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import Database from "better-sqlite3";
import { groupCpuMs } from "../bench/lib/cpu.mjs";
import { summariseProfile } from "../bench/lib/profile-summary.mjs";
import { gradeRequest } from "../bench/lib/routes.mjs";
import { ROOT, ensureBuild, removeDb, signUp, startServer } from "../bench/lib/server.mjs";

const { values: args } = parseArgs({
  options: {
    route: { type: "string", default: "me" },
    seconds: { type: "string", default: "10" },
    port: { type: "string", default: process.env.BENCH_PORT || "3303" },
    dist: { type: "string", default: ".next-bench" },
    top: { type: "string", default: "25" },
    "no-build": { type: "boolean", default: false },
    // Seconds of random grades before the warm-up, so the user has learning steps and reviews
    // (the routes bench measures study/next for such a user, not a fresh one).
    "graded-seconds": { type: "string", default: "0" },
  },
});
const dir = path.join(ROOT, ".tmp", "profile", args.route);
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir, { recursive: true });
if (!args["no-build"]) ensureBuild(args.dist);
const dbFile = path.join(ROOT, ".tmp", "profile", "server.db");
removeDb(dbFile);
const server = await startServer({
  port: Number(args.port),
  distDir: args.dist,
  dbFile,
  nodeArgs: ["--cpu-prof", `--cpu-prof-dir=${dir}`],
});
const { cookie } = await signUp(server.url);
const db = new Database(dbFile, { readonly: true });
const cardIds = db.prepare(`SELECT c.id FROM card c JOIN deck d ON d.id = c.deckId WHERE d.builtIn = 1`).all().map((r) => r.id);
db.close();

const paths = { health: "/api/v1/health", me: "/api/v1/me", today: "/api/v1/today", next: "/api/v1/study/next", grade: "/api/v1/reviews", "today-page": "/" };
const opts = { url: `${server.url}${paths[args.route]}`, connections: 32, duration: Number(args.seconds), headers: { cookie } };
if (args.route === "grade") {
  opts.method = "POST";
  opts.headers = { cookie, origin: server.url, "content-type": "application/json" };
  opts.requests = [
    {
      setupRequest: (req) => ({
        ...req,
        body: JSON.stringify({ id: crypto.randomUUID(), cardId: cardIds[Math.floor(Math.random() * cardIds.length)], rating: 1 + Math.floor(Math.random() * 4), durationMs: 9000 }),
      }),
    },
  ];
}
if (Number(args["graded-seconds"]) > 0) {
  await autocannon({
    url: server.url, connections: 8, duration: Number(args["graded-seconds"]),
    headers: { cookie, origin: server.url, "content-type": "application/json" },
    requests: [gradeRequest(cardIds)],
  });
}
// Warm-up (JIT, prepared statements), a pause, then the profiled load; only
// the load's window of the profile is summarised.
await autocannon({ ...opts, duration: 2 });
await new Promise((r) => setTimeout(r, 1000));
const cpu0 = groupCpuMs(server.child.pid);
const result = await autocannon(opts);
const cpuMs = groupCpuMs(server.child.pid) - cpu0;
const loadEnded = Date.now();
await server.kill("SIGTERM");
const shutdownMs = Date.now() - loadEnded;
const profiles = fs.readdirSync(dir).filter((f) => f.endsWith(".cpuprofile"));
// The server process is the biggest profile (a launcher process may write a small one).
const biggest = profiles.map((f) => path.join(dir, f)).sort((a, b) => fs.statSync(b).size - fs.statSync(a).size)[0];
const summary = summariseProfile(biggest, { top: Number(args.top), windowUs: (Number(args.seconds) * 1000 + shutdownMs) * 1000 });
// Re-summarise any kept profile with: node -e "import(\"./bench/lib/profile-summary.mjs\").then(m => console.log(m.summariseProfile(FILE)))"
const out = { route: args.route, rps: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx, requests: result.requests.total, profile: path.relative(ROOT, biggest), ...summary };
out.busyMsPerRequest = Math.round((summary.busyMs / Math.max(1, result.requests.total)) * 100) / 100;
// CPU the server process group used per request (profiling overhead included).
out.cpuMsPerRequest = Math.round((cpuMs / Math.max(1, result.requests.total)) * 100) / 100;
console.log(JSON.stringify(out, null, 2));
