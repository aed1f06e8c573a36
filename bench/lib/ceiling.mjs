// The framework's ceiling: bench/ceiling is a one-route Next.js app (GET
// /api/ok → {ok:true}) built with the same Next.js and node_modules as the
// app and served the same way (`next start`), so a route's req/s divided by
// the ceiling's says how much of the framework's own throughput it keeps.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./server.mjs";

export const CEILING_DIR = path.join(ROOT, "bench", "ceiling");
const DIST = ".next"; // inside bench/ceiling (gitignored)
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

function fingerprint() {
  const files = ["next.config.js", "instrumentation.js", "app/api/ok/route.js", "app/layout.js", "app/page.js"].map((f) => path.join(CEILING_DIR, f));
  const nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "next", "package.json"), "utf8")).version;
  return crypto
    .createHash("sha256")
    .update([nextVersion, ...files.map((f) => fs.readFileSync(f, "utf8"))].join("\n"))
    .digest("hex");
}

/** Builds bench/ceiling unless an up-to-date build is there (same Next.js version, same sources). */
export function ensureCeilingBuild() {
  const stamp = path.join(CEILING_DIR, DIST, "rehearse-ceiling-stamp");
  const want = fingerprint();
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === want) return;
  const res = spawnSync(process.execPath, [NEXT_BIN, "build"], {
    cwd: CEILING_DIR,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_DIST_DIR: DIST, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0) throw new Error("ceiling build failed");
  fs.writeFileSync(stamp, want);
}

/** Starts the ceiling app on `port`; resolves once it answers. */
export async function startCeiling({ port }) {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: CEILING_DIR,
    detached: true,
    stdio: ["ignore", "ignore", "pipe"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: DIST },
  });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        /* already gone */
      }
    }
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`ceiling exited during start: ${stderr}`);
    try {
      const res = await fetch(`${url}/api/ok`);
      if (res.ok) return { url, okPath: "/api/ok", pid: child.pid, kill };
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await kill();
  throw new Error(`ceiling on ${url} did not answer: ${stderr}`);
}
