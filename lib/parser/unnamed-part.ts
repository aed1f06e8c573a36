/**
 * Sub-headings that name nothing a reader could be asked about on their own:
 * the heading is a fragment of the surrounding explanation or one numbered
 * instance of an example. Under a topic they are part of its answer.
 *
 * Measured on the labelled set (scripts/parts-analysis.ts): no structural
 * feature (depth, siblings, own prose, facet word, shared subject) separates
 * the noun-phrase sub-headings annotators card from those they fold; these
 * shapes are the ones no annotator carded.
 */

import { isQuestion, isRequest } from "./questions";

/** "따라서 가상메모리는...", "If only part of it is loaded…": a sentence left unfinished. */
const UNFINISHED = /(\.\.\.|…)$/;
/** "(사설 IP -> 공인 IP)": an aside in brackets. */
const PARENTHETICAL = /^\([^()]*\)$/;
/** "출처: https://…", "Source: …": a citation set as a heading. */
const CITATION = /^(출처|source|참고)\s*[:：]\s*\S/i;
/** "[ case 4 ]", "예시 2", "Example 3": one numbered instance of an example or case. */
const INSTANCE = /^(case|예시|예제|example|ex)\s*\d{1,2}$/i;
/** "1. insert(50)", "delete('b')": one call with literal arguments, a worked example of an operation. */
const WORKED_CALL = /^(\d{1,2}(-\d{1,2})?[.)]\s*)?([A-Za-z_][\w.]*)\(\s*(-?\d+|'[^']*'|"[^"]*")(\s*,\s*(-?\d+|'[^']*'|"[^"]*"))*\s*\)$/;

/** Whether more brackets close than open ("비동기 Select)"): a fragment cut out of a sentence. */
function closesUnopened(text: string): boolean {
  let depth = 0;
  // ":)" and ";)" are smileys, not brackets
  for (const ch of text.replace(/[:;]-?\)/g, "")) {
    if (ch === "(") depth++;
    else if (ch === ")" && --depth < 0) return true;
  }
  return false;
}

function bareOf(title: string): string {
  return title.replace(/[*_`]/g, "").replace(/\s+/g, " ").trim().replace(/^\[\s*(.*?)\s*\]$/, "$1").trim();
}

/**
 * One of a run of worked calls: beside the other calls to one function ("insert(10)",
 * "insert(20)", then "delete(20)" among them). Calls that each name a different function
 * ("Number('')", "parseInt('08')", "Array(3)") are gotchas, each a topic of its own.
 */
function isWorkedCall(bare: string, siblingTitles: readonly string[]): boolean {
  if (!WORKED_CALL.test(bare)) return false;
  const names = siblingTitles.map((s) => WORKED_CALL.exec(bareOf(s))?.[3]).filter((n): n is string => n !== undefined);
  return names.some((n, i) => names.indexOf(n) !== i);
}

/**
 * Whether a heading (its cleaned title) is a fragment or a numbered instance
 * rather than the name of a topic. `siblingTitles` are the cleaned titles
 * of the headings beside it.
 */
export function isUnnamedPart(title: string, siblingTitles: readonly string[] = []): boolean {
  const bare = bareOf(title);
  // a question, even one trailing off or ending in a smiley, still asks
  if (isQuestion(bare) || isRequest(bare) || /[?？]/.test(bare)) return false;
  return UNFINISHED.test(bare) || PARENTHETICAL.test(bare) || CITATION.test(bare) || INSTANCE.test(bare) || isWorkedCall(bare, siblingTitles) || closesUnopened(bare);
}
