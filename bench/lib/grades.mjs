// Benchmark part 2: grading throughput. autocannon posts grades (fresh uuid
// per request, spread over every built-in card) and, in the same run, hits a
// no-op authenticated GET for the baseline; alternating rounds, medians.
import crypto from "node:crypto";
import autocannon from "autocannon";
import { median, round } from "./stats.mjs";

function cannon(opts) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const summary = (r) => ({
  rps: r.requests.average,
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  non2xx: r.non2xx,
  errors: r.errors + r.timeouts,
  total: r.requests.total,
});

export async function benchGrades({ url, cookie, cardIds, rounds = 3, seconds = 5, connections = 32 }) {
  const headers = { cookie, origin: url, "content-type": "application/json" };
  const noop = () => cannon({ url: `${url}/api/v1/me`, connections, duration: seconds, headers: { cookie } });
  const grades = () =>
    cannon({
      url,
      connections,
      duration: seconds,
      headers,
      requests: [
        {
          method: "POST",
          path: "/api/v1/reviews",
          // No `version`: no staleness check, so any card may be graded any number of times.
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({
              id: crypto.randomUUID(),
              cardId: cardIds[Math.floor(Math.random() * cardIds.length)],
              rating: 1 + Math.floor(Math.random() * 4),
              durationMs: 5000 + Math.floor(Math.random() * 30_000),
            }),
          }),
        },
      ],
    });
  // One short warm-up of each route (JIT, prepared statements), not recorded.
  await cannon({ url: `${url}/api/v1/me`, connections: 4, duration: 1, headers: { cookie } });
  const noopRuns = [];
  const gradeRuns = [];
  for (let i = 0; i < rounds; i++) {
    noopRuns.push(summary(await noop()));
    gradeRuns.push(summary(await grades()));
  }
  const m = (runs, key) => median(runs.map((r) => r[key]));
  const rps = m(gradeRuns, "rps");
  const noopRps = m(noopRuns, "rps");
  return {
    connections,
    rounds,
    secondsPerRound: seconds,
    rps: round(rps, 1),
    p50Ms: m(gradeRuns, "p50Ms"),
    p99Ms: m(gradeRuns, "p99Ms"),
    noopRps: round(noopRps, 1),
    noopP50Ms: m(noopRuns, "p50Ms"),
    noopP99Ms: m(noopRuns, "p99Ms"),
    ratio: round(rps / noopRps, 3),
    gradesNon2xx: gradeRuns.reduce((n, r) => n + r.non2xx + r.errors, 0),
    gradesTotal: gradeRuns.reduce((n, r) => n + r.total, 0),
  };
}

/**
 * Grade throughput with the load split over several servers on one database
 * (one autocannon per server, running at the same time): total req/s, and the
 * median p50 / worst p99 over the servers, medians over rounds.
 */
export async function benchGradesSpread({ urls, cookie, cardIds, rounds = 3, seconds = 5, connections = 32 }) {
  const per = Math.max(1, Math.round(connections / urls.length));
  const gradesOn = (url) =>
    cannon({
      url,
      connections: per,
      duration: seconds,
      headers: { cookie, origin: url, "content-type": "application/json" },
      requests: [
        {
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
        },
      ],
    });
  for (const url of urls) await cannon({ url: `${url}/api/v1/me`, connections: 4, duration: 1, headers: { cookie } });
  const runs = [];
  for (let i = 0; i < rounds; i++) {
    const parts = (await Promise.all(urls.map(gradesOn))).map(summary);
    runs.push({
      rps: parts.reduce((n, p) => n + p.rps, 0),
      p50Ms: median(parts.map((p) => p.p50Ms)),
      p99Ms: Math.max(...parts.map((p) => p.p99Ms)),
      bad: parts.reduce((n, p) => n + p.non2xx + p.errors, 0),
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
