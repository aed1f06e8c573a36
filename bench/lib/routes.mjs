// Benchmark part 2: per-request cost against the framework's ceiling.
// autocannon (32 connections) on the ceiling app's one route, then on
// health / me / today / study/next (signed in) and on grades (POST
// /api/v1/reviews, fresh uuid each, spread over every built-in card), in
// alternating rounds (the order flips every round); medians of each.
import crypto from "node:crypto";
import autocannon from "autocannon";
import { groupCpuMs } from "./cpu.mjs";
import { median, round } from "./stats.mjs";

/** One autocannon run, resolved with its result. */
export function cannon(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const summary = (r, cpuMs) => ({
  rps: r.requests.average,
  cpuMsPerRequest: cpuMs === null || !r.requests.total ? null : cpuMs / r.requests.total,
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  // A 401 or 500 answered fast is not throughput: every non-2xx is counted and reported.
  non2xx: r.non2xx + r.errors + r.timeouts,
  total: r.requests.total,
});

/** One grade per request: no `version`, so any card may be graded any number of times. */
export function gradeRequest(cardIds) {
  return {
    method: "POST",
    path: "/api/v1/reviews",
    setupRequest: (req) => ({
      ...req,
      body: JSON.stringify({
        id: crypto.randomUUID(),
        cardId: cardIds[Math.floor(Math.random() * cardIds.length)],
        rating: 1 + Math.floor(Math.random() * 4),
        durationMs: 5000 + Math.floor(Math.random() * 30_000),
      }),
    }),
  };
}

/**
 * Runs every target `rounds` times, alternating, and returns medians.
 * `app` is the app's base URL and `appPid` its server's process group;
 * `ceiling` the running ceiling app; `cookie` a signed-in session.
 */
export async function benchRoutes({ app, appPid, ceiling, cookie, cardIds, rounds = 3, seconds = 5, connections = 32 }) {
  const base = { connections, duration: seconds };
  const targets = {
    ceiling: () => cannon({ ...base, url: `${ceiling.url}${ceiling.okPath}` }),
    health: () => cannon({ ...base, url: `${app}/api/v1/health` }),
    me: () => cannon({ ...base, url: `${app}/api/v1/me`, headers: { cookie } }),
    today: () => cannon({ ...base, url: `${app}/api/v1/today`, headers: { cookie } }),
    next: () => cannon({ ...base, url: `${app}/api/v1/study/next`, headers: { cookie } }),
    grades: () =>
      cannon({ ...base, url: app, headers: { cookie, origin: app, "content-type": "application/json" }, requests: [gradeRequest(cardIds)] }),
  };
  // Warm-up (JIT, prepared statements, route modules), not recorded.
  for (const run of Object.values(targets)) await run().catch(() => null);
  const runs = Object.fromEntries(Object.keys(targets).map((k) => [k, []]));
  for (let i = 0; i < rounds; i++) {
    const order = Object.keys(targets);
    if (i % 2) order.reverse();
    for (const name of order) {
      const pgid = name === "ceiling" ? ceiling.pid : appPid;
      const cpu0 = groupCpuMs(pgid);
      const result = await targets[name]();
      const cpu1 = groupCpuMs(pgid);
      runs[name].push(summary(result, cpu0 === null ? null : cpu1 - cpu0));
    }
  }
  const m = (name, key) => median(runs[name].map((r) => r[key]));
  const sum = (name, key) => runs[name].reduce((n, r) => n + r[key], 0);
  const ceilingRps = m("ceiling", "rps");
  const ceilingCpu = m("ceiling", "cpuMsPerRequest");
  const route = (name) => ({
    rps: round(m(name, "rps"), 1),
    p50Ms: m(name, "p50Ms"),
    p99Ms: m(name, "p99Ms"),
    ratio: round(m(name, "rps") / ceilingRps, 3),
    // Server CPU per request, and the ratio it implies where the server is the bottleneck (a quiet machine).
    cpuMsPerRequest: round(m(name, "cpuMsPerRequest"), 2),
    cpuRatio: round(ceilingCpu / m(name, "cpuMsPerRequest"), 3),
    non2xx: sum(name, "non2xx"),
    total: sum(name, "total"),
  });
  return {
    settings: { connections, rounds, secondsPerRound: seconds },
    ceiling: { rps: round(ceilingRps, 1), p50Ms: m("ceiling", "p50Ms"), p99Ms: m("ceiling", "p99Ms"), cpuMsPerRequest: round(ceilingCpu, 2) },
    routes: { health: route("health"), me: route("me"), today: route("today"), next: route("next") },
    grades: route("grades"),
    rawRps: Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, v.map((r) => round(r.rps, 1))])),
  };
}
