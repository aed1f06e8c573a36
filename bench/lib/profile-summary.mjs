// Summarises a V8 .cpuprofile (node --cpu-prof) by where the self time goes:
// each sample's function is mapped through the build's source maps back to
// its original file, then grouped into phases (framework, proxy, session,
// Prisma, SQLite, JSON, React, app code, GC/idle).
import fs from "node:fs";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

const maps = new Map();
function sourceMapFor(url) {
  if (!url.startsWith("file://")) return null;
  if (!maps.has(url)) {
    let map = null;
    try {
      const file = `${fileURLToPath(url)}.map`;
      if (fs.existsSync(file)) map = new SourceMap(JSON.parse(fs.readFileSync(file, "utf8")));
    } catch {
      /* unmappable */
    }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** Original file of a profiled function (through the chunk's source map when there is one). */
export function originalFile(frame) {
  const map = sourceMapFor(frame.url);
  if (map) {
    const entry = map.findEntry(frame.lineNumber, frame.columnNumber);
    if (entry?.originalSource) return entry.originalSource;
  }
  return frame.url || `(${frame.functionName || "native"})`;
}

const PHASES = [
  ["Prisma query compiler (WASM)", /^wasm:\/\/|query_compiler|client-engine-runtime/],
  ["Prisma client runtime", /@prisma\/client|generated\/prisma|@prisma\/adapter|@prisma\/driver|src\/runtime\//],
  ["SQLite (better-sqlite3)", /better-sqlite3/],
  ["Better Auth (session, cookies, signature)", /better-auth|better-call|@better-auth|jose|@noble|rou3|defu/],
  ["zod", /\/zod\//],
  ["React rendering", /react-dom|react-server-dom|\/react\//],
  ["proxy, middleware adapter, NextRequest", /proxy\.ts|lib\/auth\/origin|server\/web\/adapter|next-request|next-url|middleware/],
  ["Next.js framework", /next\/dist|\/next\/|webpack:\/\/next|src\/server\/|src\/build\/|turbopack/],
  ["app code", /^\[project\]\/(app|lib)\/|(^|\/)(app|lib)\//],
];
const V8 = new Set(["(idle)", "(garbage collector)", "(program)", "(root)"]);

/** Phase of one frame, or null for Node internals and natives (charged to their caller). */
function framePhase(frame) {
  if (V8.has(frame.functionName)) return frame.functionName === "(idle)" ? "idle" : "GC / V8";
  if (!frame.url || /^node:/.test(frame.url)) return null;
  const src = originalFile(frame);
  for (const [name, re] of PHASES) if (re.test(src)) return name;
  return "other";
}

/**
 * Self time per phase and the top self-time functions of one profile.
 * Node internals and natives (http writes, WebCrypto, JSON) are charged to
 * the nearest caller with a phase, so "Better Auth" includes the HMAC it asks
 * WebCrypto for. `inclusive` is the share of samples with the phase anywhere
 * on the stack.
 */
export function summariseProfile(file, { top = 25, windowUs = Infinity } = {}) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Only the last `windowUs` of the profile: the load, not start-up (seeding, sign-up).
  const times = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  const from = profile.endTime - windowUs;
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    if (times[i] < from) continue;
    dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const phaseCache = new Map();
  const phaseOfNode = (id) => {
    if (!phaseCache.has(id)) phaseCache.set(id, framePhase(byId.get(id).callFrame));
    return phaseCache.get(id);
  };
  const phases = new Map();
  const inclusive = new Map();
  const functions = new Map();
  let busy = 0;
  for (const [id, us] of dt) {
    const f = byId.get(id).callFrame;
    let phase = null;
    const onStack = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const p = phaseOfNode(cur);
      if (p) {
        phase ??= p;
        onStack.add(p);
      }
    }
    phase ??= "Node.js (no JS caller)";
    if (phase === "idle") continue;
    busy += us;
    phases.set(phase, (phases.get(phase) ?? 0) + us);
    for (const p of onStack) inclusive.set(p, (inclusive.get(p) ?? 0) + us);
    const src = f.url ? originalFile(f) : "";
    const key = `${f.functionName || "(anonymous)"} ${src.replace(/^(\.\.\/)+/, "").replace(/^file:\/\/.*?node_modules\//, "")}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const share = (us) => Math.round((us / busy) * 1000) / 10;
  const list = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return {
    busyMs: Math.round(busy / 1000),
    phases: list(phases).map(([phase, us]) => ({ phase, ms: Math.round(us / 1000), busyPct: share(us) })),
    inclusive: list(inclusive).filter(([p]) => p !== "GC / V8").map(([phase, us]) => ({ phase, busyPct: share(us) })),
    top: list(functions).slice(0, top).map(([fn, us]) => ({ fn, ms: Math.round(us / 1000), busyPct: share(us) })),
  };
}
