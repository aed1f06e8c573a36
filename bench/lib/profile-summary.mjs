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
  ["idle / GC / native", /^\((idle|garbage collector|program|native|root)\)$/],
  ["Prisma query compiler (WASM)", /^wasm:\/\/|query_compiler/],
  ["Prisma client runtime", /@prisma\/client|generated\/prisma|@prisma\/adapter|@prisma\/driver/],
  ["SQLite (better-sqlite3)", /better-sqlite3/],
  ["Better Auth (session, cookies, signature)", /better-auth|better-call|@better-auth|jose|@noble|rou3|defu/],
  ["zod", /\/zod\//],
  ["React rendering", /react-dom|react-server-dom|\/react\//],
  ["proxy (middleware)", /proxy\.ts|lib\/auth\/origin|middleware|adapter\.js|next-request|next-url/],
  ["Next.js framework", /next\/dist|\/next\//],
  ["app code", /^\[project\]\/(app|lib)\/|\/(app|lib)\//],
  ["Node.js (http, streams, crypto)", /^node:|^internal|^(events|stream|http|net|_http)/],
];

export function phaseOf(file, functionName) {
  const key = file.startsWith("(") ? file : file;
  if (/^\((idle|garbage collector|program|root)\)$/.test(`(${functionName})`) && !file.includes("/")) return "idle / GC / native";
  if (functionName === "JSON.stringify" || functionName === "stringify" || functionName === "parse" && !file.includes("/")) return "JSON";
  for (const [name, re] of PHASES) if (re.test(key)) return name;
  return "other";
}

/** Self time per phase and the top self-time functions of one profile. */
export function summariseProfile(file, { top = 25 } = {}) {
  const profile = JSON.parse(fs.readFileSync(file, "utf8"));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  for (let i = 0; i < profile.samples.length; i++) dt.set(profile.samples[i], (dt.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const phases = new Map();
  const functions = new Map();
  let total = 0;
  let busy = 0;
  for (const [id, us] of dt) {
    const node = byId.get(id);
    const f = node.callFrame;
    const src = f.url ? originalFile(f) : `(${f.functionName})`;
    const phase = phaseOf(src, f.functionName);
    total += us;
    if (f.functionName !== "(idle)") busy += us;
    phases.set(phase, (phases.get(phase) ?? 0) + us);
    const key = `${f.functionName || "(anonymous)"} ${src.replace(/^\[project\]\//, "")}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const share = (us) => Math.round((us / busy) * 1000) / 10;
  return {
    totalMs: Math.round(total / 1000),
    busyMs: Math.round(busy / 1000),
    phases: [...phases].filter(([p]) => p !== "idle / GC / native" || true).sort((a, b) => b[1] - a[1]).map(([phase, us]) => ({ phase, ms: Math.round(us / 1000), busyPct: share(us) })),
    top: [...functions].sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, us]) => ({ fn, ms: Math.round(us / 1000), busyPct: share(us) })),
  };
}
