// Builds the app when there is no build, or the sources changed since the last
// one, so `npm start` on a fresh clone (or after a pull) just works.
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..");
const DIST = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next");
const STAMP = path.join(DIST, "rehearse-build-stamp");
const INPUTS = ["app", "lib", "instrumentation.ts", "next.config.js", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const SKIP = new Set(["node_modules", "generated", ".next", ".next-bench"]);

function walk(p, out) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return;
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) if (!SKIP.has(name)) walk(path.join(p, name), out);
  } else if (!/\.test\.tsx?$/.test(p)) {
    out.push(`${path.relative(ROOT, p)}:${stat.size}:${stat.mtimeMs}`);
  }
}

function fingerprint() {
  const entries = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), entries);
  return crypto.createHash("sha256").update(entries.join("\n")).digest("hex");
}

export function buildIfNeeded() {
  const want = fingerprint();
  const hasBuild = fs.existsSync(path.join(DIST, "BUILD_ID"));
  if (hasBuild && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === want) return;
  console.log(hasBuild ? "[rehearse] sources changed: rebuilding…" : "[rehearse] no build yet: building (about a minute)…");
  const res = spawnSync(process.execPath, [path.join(ROOT, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0) {
    console.error("[rehearse] build failed");
    process.exit(res.status ?? 1);
  }
  fs.writeFileSync(STAMP, want);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
