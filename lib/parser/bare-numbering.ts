/**
 * Questions numbered with a bare number and a space ("1 32비트 시스템에서 …",
 * "2 …"), a dot or bracket never written: in a run numbered one after another
 * the number is the note's numbering, no word of the question. Alone, a leading
 * number is the question's own ("3 way handshake란?"), so only runs counted from 1 lose it.
 */

/** "1 32비트 …": a number, a space, then words (never "2 + 2는?", "1 2 3 중 …": there the number is the question's). */
const BARE = /^(\d{1,3})\s+(?![+\-*/×÷=<>%^]|\d+(\s|$|[+\-*/×÷=]))(?=\S)/;

interface Prompted {
  prompt: string;
  lineStart?: number;
  line?: number;
}

const lineOf = (i: Prompted) => i.lineStart ?? i.line ?? 0;

/** Take the bare numbers off every run of three or more prompts numbered 1, 2, 3 … in line order (in place). */
export function stripBareNumbering(items: Prompted[]): void {
  const ordered = items.filter((i) => BARE.test(i.prompt)).sort((a, b) => lineOf(a) - lineOf(b));
  let run: Prompted[] = [];
  const flush = () => {
    if (run.length >= 3 && Number(BARE.exec(run[0]!.prompt)![1]) === 1) for (const i of run) i.prompt = i.prompt.replace(BARE, "");
    run = [];
  };
  for (const item of ordered) {
    const n = Number(BARE.exec(item.prompt)![1]);
    const last = run.at(-1);
    const lastN = last ? Number(BARE.exec(last.prompt)![1]) : NaN;
    // (a practice prompt and the unanswered question it was made from share a line and a number: one step)
    if (last && (n === lastN + 1 || (n === lastN && lineOf(item) === lineOf(last)))) run.push(item);
    else {
      flush();
      run = [item];
    }
  }
  flush();
}

/** "3-1. ", "3-4-1. ": an outline's section number, hyphenated and closed by a full stop ("2-3 트리" takes none: a tree's name). */
const OUTLINE_NUMBER = /^\d{1,3}(-\d{1,3}){1,3}\.\s+(?=\S)/;

/**
 * Take an outline's section number off every prompt that starts with one (in place): "3-1. Shared Lock이 필요한
 * 이유는?" asks "Shared Lock이 필요한 이유는?". Ids were made from the headings as written, so they stay.
 */
export function stripOutlineNumbers(items: Prompted[]): void {
  for (const i of items) if (OUTLINE_NUMBER.test(i.prompt)) i.prompt = i.prompt.replace(OUTLINE_NUMBER, "");
}
