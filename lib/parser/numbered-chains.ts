/**
 * Questions numbered under one question's number ("5-1. 인덱스가 무엇이고 …?",
 * "5-2. 수정이 잦은 테이블에선 …?", "5-3. 그렇다면 …?"), each its own summary,
 * heading or line: a study's chain of questions, the first asked and the rest
 * drilling into it. The first stays a question; the others follow it up (they
 * were all separate questions before). A chain restarts at "-1".
 */
import { RANK, linesOf, type Ctx } from "./context";
import type { CardDraft } from "./draft";

/** "5-2.", "Q 1-2.", "<summary>15-3. …", "### 2-1) …", "**3-2.**": a question's chain number. */
const CHAIN = /^\s*(?:#{1,6}\s*|[-*+]\s+|>\s*)?(?:<details[^>]*>\s*)?(?:<summary[^>]*>\s*)?(?:<(?:b|strong)>\s*)?(?:\*\*|__)?\s*(?:Q\s*\.?\s*)?(\d{1,2})-(\d{1,2})\s*[.):]\s*\S/i;

/** Turn each card numbered "N-k" (k > 1) into a follow-up of the card numbered "N-1" before it in the same part of the note. */
export function followNumberedChains(ctx: Ctx): void {
  const lines = linesOf(ctx.source);
  const firsts = new Map<string, CardDraft>();
  for (const d of [...ctx.drafts].sort((a, b) => a.lineStart - b.lineStart)) {
    const m = CHAIN.exec(lines[d.lineStart - 1] ?? "");
    if (!m) continue;
    const key = `${d.scopeKey}\u0000${m[1]}`;
    if (m[2] === "1") {
      firsts.set(key, d);
      continue;
    }
    const first = firsts.get(key);
    if (!first || d.kind !== "qa" || d.parentDraft || first.kind === "steps") continue;
    d.idKind ??= d.kind;
    d.kind = "followup";
    d.rank = RANK.followup;
    d.parentDraft = first;
  }
}
