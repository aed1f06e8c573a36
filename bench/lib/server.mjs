// Starting and stopping a production Next.js server for the benchmark and the
// crash test, and signing a user up against it.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");

/** Builds into `distDir` unless an up-to-date build is already there (scripts/build-if-needed.mjs). */
export function ensureBuild(distDir) {
  const res = spawnSync(process.execPath, [path.join(ROOT, "scripts", "build-if-needed.mjs")], {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (res.status !== 0) throw new Error(`build into ${distDir} failed`);
}

/**
 * Starts `next start` on `port` against the SQLite file `dbFile`, or against
 * `databaseUrl` (e.g. a PostgreSQL database) when given. The child is
 * its own process group, so `kill("SIGKILL")` takes down every process it
 * spawned: a real crash, with nothing left holding the database.
 */
export async function startServer({ port, distDir, dbFile, databaseUrl, env = {}, quiet = true, nodeArgs = [] }) {
  if (!databaseUrl) fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  const child = spawn(process.execPath, [...nodeArgs, NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: ROOT,
    detached: true,
    stdio: quiet ? ["ignore", "ignore", "pipe"] : "inherit",
    env: {
      ...process.env,
      // One sign-up per run from 127.0.0.1 must never hit the per-IP limit.
      AUTH_RATE_LIMIT_PER_IP: "100000",
      ...env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_DIST_DIR: distDir,
      DATABASE_URL: databaseUrl ?? `file:${dbFile}`,
    },
  });
  let stderr = "";
  child.stderr?.on("data", (d) => (stderr = (stderr + d).slice(-4000)));
  const exited = new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })));
  const url = `http://127.0.0.1:${port}`;
  const server = {
    url,
    child,
    exited,
    /** Signals the whole process group and waits for the exit. */
    async kill(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, signal);
        } catch {
          /* already gone */
        }
      }
      return exited;
    },
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited during start (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/api/v1/health`);
      if (res.ok) return server;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  await server.kill("SIGKILL");
  throw new Error(`server on ${url} did not become healthy: ${stderr}`);
}

/** Signs a fresh user up through the API; returns the `Cookie` header value. */
export async function signUp(url, email = `bench-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`) {
  const res = await fetch(`${url}/api/v1/auth/signup`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: url },
    body: JSON.stringify({ email, password: "bench-Passw0rd!-long" }),
  });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const { user } = await res.json();
  return { cookie, user, email };
}

/** Removes a SQLite file and its WAL/SHM side files. */
export function removeDb(file) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}
