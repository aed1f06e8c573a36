// The long busy stretches of one thread in a `node --cpu-prof` profile: the
// times a request thread could not answer anyone. For each stretch longer than
// --min ms (consecutive samples that are not "(idle)"), prints its start,
// length, the functions with the most self time and the frames with the most
// inclusive time (what was running, and what called it).
//
//   node scripts/profile-stretches.mjs PROFILE.cpuprofile [--min 150] [--top 8]
//   node scripts/profile-stretches.mjs PROFILE.cpuprofile --windows slowest-grades.json
// With --windows (scripts/bench-abuse.ts --cpu-prof writes the file) it prints,
// for each slow grade instead, what the thread ran while that grade waited.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: args, positionals } = parseArgs({
  allowPositionals: true,
  options: { windows: { type: "string" }, min: { type: "string", default: "150" }, top: { type: "string", default: "8" }, gap: { type: "string", default: "5" } },
});
const profile = JSON.parse(fs.readFileSync(positionals[0], "utf8"));
const min = Number(args.min);
const top = Number(args.top);
/** Idle gaps shorter than this (ms) do not end a stretch: a queued request could not have run in them anyway. */
const gap = Number(args.gap);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const f = n.callFrame;
  const file = f.url ? path.basename(f.url.split("?")[0]) : "";
  return `${f.functionName || "(anonymous)"}${file ? ` ${file}:${f.lineNumber + 1}` : ""}`;
};
const isIdle = (n) => n.callFrame.functionName === "(idle)";

// Sample times in ms from the profile's start.
const times = [];
let t = 0;
for (const d of profile.timeDeltas) times.push((t += d / 1000));

const stretches = [];
let current = null;
let lastBusy = -Infinity;
for (let i = 0; i < profile.samples.length; i++) {
  const node = byId.get(profile.samples[i]);
  const dt = i + 1 < times.length ? times[i + 1] - times[i] : 0;
  if (isIdle(node)) continue;
  if (!current || times[i] - lastBusy > gap) {
    if (current) stretches.push(current);
    current = { start: times[i], end: times[i], samples: [] };
  }
  current.samples.push([node, dt]);
  current.end = times[i] + dt;
  lastBusy = times[i] + dt;
}
if (current) stretches.push(current);

const rank = (m) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `    ${Math.round(v).toString().padStart(5)} ms  ${k}`).join("\n");
if (args.windows) {
  const startUs = profile.startTime;
  const groups = JSON.parse(fs.readFileSync(args.windows, "utf8"));
  for (const [name, windows] of Object.entries(groups)) {
    for (const w of windows) {
      const from = (w.fromUs - startUs) / 1000;
      const to = (w.toUs - startUs) / 1000;
      const samples = [];
      for (let i = 0; i < profile.samples.length; i++) {
        if (times[i] < from || times[i] > to) continue;
        const node = byId.get(profile.samples[i]);
        if (!isIdle(node)) samples.push([node, i + 1 < times.length ? times[i + 1] - times[i] : 0]);
      }
      const busyMs = samples.reduce((a, [, dt]) => a + dt, 0);
      report(`${name} grade of ${w.ms} ms @${(from / 1000).toFixed(2)} s (thread busy ${Math.round(busyMs)} ms of it)`, samples);
    }
  }
  process.exit(0);
}

const long = stretches.filter((s) => s.end - s.start >= min);
const busy = stretches.reduce((a, s) => a + s.end - s.start, 0);
console.log(`${path.basename(positionals[0])}: ${stretches.length} busy stretches, ${Math.round(busy)} ms busy; ${long.length} ≥ ${min} ms`);
function report(title, samples) {
  const self = new Map();
  const inclusive = new Map();
  for (const [node, dt] of samples) {
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set();
    for (let id = node.id; id !== undefined; id = parent.get(id)) {
      const l = label(byId.get(id));
      if (seen.has(l)) continue;
      seen.add(l);
      inclusive.set(l, (inclusive.get(l) ?? 0) + dt);
    }
  }
  inclusive.delete("(root)");
  console.log(`\n${title}\n  self:\n${rank(self)}\n  inclusive:\n${rank(inclusive)}`);
}
for (const s of long) report(`@${(s.start / 1000).toFixed(2)} s: ${Math.round(s.end - s.start)} ms`, s.samples);
