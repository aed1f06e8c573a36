// Grades on several servers sharing one database (the PostgreSQL part of the
// bench): the same grade load as bench/lib/routes.mjs, split over the servers.
import { cannon, gradeRequest } from "./routes.mjs";
import { median, round } from "./stats.mjs";

const summary = (r) => ({
  rps: r.requests.average,
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx + r.errors + r.timeouts,
  total: r.requests.total,
});

/**
 * Grade throughput with the load split over several servers on one database
 * (one autocannon per server, running at the same time): total req/s, and the
 * median p50 / worst p99 over the servers, medians over rounds.
 */
export async function benchGradesSpread({ urls, cookie, cardIds, rounds = 3, seconds = 5, connections = 32 }) {
  const per = Math.max(1, Math.round(connections / urls.length));
  const gradesOn = (url) =>
    cannon({ url, connections: per, duration: seconds, headers: { cookie, origin: url, "content-type": "application/json" }, requests: [gradeRequest(cardIds)] });
  for (const url of urls) await cannon({ url: `${url}/api/v1/me`, connections: 4, duration: 1, headers: { cookie } });
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const parts = (await Promise.all(urls.map(gradesOn))).map(summary);
    runs.push({
      rps: parts.reduce((n, p) => n + p.rps, 0),
      p50Ms: median(parts.map((p) => p.p50Ms)),
      p99Ms: Math.max(...parts.map((p) => p.p99Ms)),
      bad: parts.reduce((n, p) => n + p.non2xx, 0),
      total: parts.reduce((n, p) => n + p.total, 0),
    });
  }
  const m = (key) => median(runs.map((r) => r[key]));
  return {
    instances: urls.length,
    connections: per * urls.length,
    rounds,
    secondsPerRound: seconds,
    rps: round(m("rps"), 1),
    p50Ms: m("p50Ms"),
    p99Ms: m("p99Ms"),
    gradesNon2xx: runs.reduce((n, r) => n + r.bad, 0),
    gradesTotal: runs.reduce((n, r) => n + r.total, 0),
  };
}
