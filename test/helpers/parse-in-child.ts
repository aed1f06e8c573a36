import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export interface ChildParse {
  ms: number;
  cards: [id: string, lineStart: number, lineEnd: number][];
  warnings: { line: number; message: string }[];
}

/**
 * Parses `input` with parseDeck in a separate Node process, without blocking
 * the test worker. `hangAfterMs` only guards against a runaway (e.g.
 * quadratic) parse; it is not a speed goal — those live in `npm run bench`.
 * The default leaves room for the 5 MB robustness note on a slow CI machine: it
 * parses in about 95 s alone under tsx on two cores and 107 s beside the rest
 * of the suite, and a CI run has been a third slower than that machine (a
 * whole-file parse of it, quadratic, takes over an hour, so the guard still tells).
 */
export async function parseInChild(input: string, hangAfterMs = 420_000): Promise<ChildParse> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rehearse-parse-"));
  const file = path.join(dir, "input.md");
  fs.writeFileSync(file, input);
  try {
    const script = path.join(__dirname, "parse-file-child.ts");
    const { stdout } = await run(process.execPath, ["--import", "tsx", script, file], {
      timeout: hangAfterMs,
      maxBuffer: 256 * 1024 * 1024,
    });
    return JSON.parse(stdout) as ChildParse;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
