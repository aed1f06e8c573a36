// CPU time used by a process group (a server and anything it spawned), from
// /proc. On a busy machine req/s depends on what else runs; the CPU a server
// spends per request does much less, so the bench reports both.
import fs from "node:fs";

const TICK_MS = 10; // USER_HZ is 100 on Linux

/** Total user+system CPU milliseconds of every process in group `pgid`; null where /proc is missing. */
export function groupCpuMs(pgid) {
  if (!fs.existsSync("/proc/self/stat")) return null;
  let ticks = 0;
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    // Fields after "(comm)": state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks * TICK_MS;
}
