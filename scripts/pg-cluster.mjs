// A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl in
// a fresh temporary folder, listening on 127.0.0.1:<port> with trust auth,
// removed again by stop(). PostgreSQL refuses to run as root (CI runs as
// root), so there the cluster belongs to the unprivileged `nobody` user and
// every PostgreSQL command runs through `runuser`.
//
//   node scripts/pg-cluster.mjs [--port 5415]   # start, print the URL, stop on Ctrl-C
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The folder holding initdb/pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin() {
  const onPath = spawnSync("sh", ["-c", "command -v initdb"], { encoding: "utf8" }).stdout.trim();
  if (onPath && fs.existsSync(path.join(path.dirname(fs.realpathSync(onPath)), "pg_ctl"))) return path.dirname(fs.realpathSync(onPath));
  const base = "/usr/lib/postgresql";
  if (!fs.existsSync(base)) return null;
  const versions = fs.readdirSync(base).filter((v) => fs.existsSync(path.join(base, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(base, versions[0], "bin") : null;
}

const isRoot = process.getuid?.() === 0;

// Runs from the cluster's own folder: `nobody` may not be allowed into the checkout.
function runAs(bin, args, opts = {}) {
  const [cmd, argv] = isRoot ? ["runuser", ["-u", "nobody", "--", bin, ...args]] : [bin, args];
  return execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", ...opts });
}

/**
 * Starts a cluster; resolves to `{ url(db), adminUrl, createDatabase(name), stop() }`.
 * Throws when the binaries are missing (callers check findPostgresBin first).
 * `durable: false` (tests) turns fsync off; the benchmark keeps PostgreSQL's
 * durable defaults, to compare fairly with SQLite at synchronous=FULL.
 */
export async function startPostgresCluster({ port = 5415, durable = false } = {}) {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL binaries (initdb, pg_ctl) not found");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-pg-"));
  const data = path.join(dir, "data");
  fs.mkdirSync(data, { mode: 0o700 });
  if (isRoot) {
    fs.chownSync(dir, 65534, 65534);
    fs.chownSync(data, 65534, 65534);
  }
  const inDir = { cwd: dir };
  runAs(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C", "--no-sync"], inDir);
  const settings = [
    `-c port=${port}`,
    "-c listen_addresses=127.0.0.1",
    `-c unix_socket_directories=${data}`,
    "-c max_connections=200",
    "-c shared_buffers=64MB",
    // Throwaway test data: durability is the production default's job, speed is ours.
    ...(durable ? [] : ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]),
  ].join(" ");
  runAs(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-o", settings, "-w", "-t", "60", "start"], inDir);
  const adminUrl = `postgresql://postgres@127.0.0.1:${port}/postgres`;
  let stopped = false;
  const cluster = {
    dir,
    port,
    adminUrl,
    url: (db) => `postgresql://postgres@127.0.0.1:${port}/${db}`,
    /** Creates an empty database and returns its URL. */
    createDatabase(name) {
      runAs(path.join(bin, "createdb"), ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", name], inDir);
      return cluster.url(name);
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        runAs(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], inDir);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
  return cluster;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const i = process.argv.indexOf("--port");
  const cluster = await startPostgresCluster({ port: i > 0 ? Number(process.argv[i + 1]) : 5415 });
  console.log(cluster.adminUrl);
  const stop = () => {
    cluster.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  setInterval(() => {}, 1 << 30);
}
