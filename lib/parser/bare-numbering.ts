/**
 * Questions numbered with a bare number and a space ("1 32비트 시스템에서 …",
 * "2 …"), a dot or bracket never written: in a run numbered one after another
 * the number is the note's numbering, no word of the question. Alone, a leading
 * number is the question's own ("3 way handshake란?"), so only runs lose it.
 */

const BARE = /^(\d{1,3})\s+(?=\S)/;

interface Prompted {
  prompt: string;
  lineStart?: number;
  line?: number;
}

/** Take the bare numbers off every run of three or more prompts numbered n, n+1, n+2 … in line order (in place). */
export function stripBareNumbering(items: Prompted[]): void {
  const ordered = items.filter((i) => BARE.test(i.prompt)).sort((a, b) => (a.lineStart ?? a.line ?? 0) - (b.lineStart ?? b.line ?? 0));
  let run: Prompted[] = [];
  const flush = () => {
    if (run.length >= 3) for (const i of run) i.prompt = i.prompt.replace(BARE, "");
    run = [];
  };
  for (const item of ordered) {
    const n = Number(BARE.exec(item.prompt)![1]);
    const last = run.at(-1);
    if (last && n === Number(BARE.exec(last.prompt)![1]) + 1) run.push(item);
    else {
      flush();
      run = [item];
    }
  }
  flush();
}
