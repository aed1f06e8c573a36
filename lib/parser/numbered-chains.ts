/**
 * Questions numbered under one question's number ("5-1. 인덱스가 무엇이고 …?",
 * "5-2. 수정이 잦은 테이블에선 …?", "5-3. 그렇다면 …?"), each its own summary,
 * heading or line: a study's chain of questions, the first asked and the rest
 * drilling into it. The first stays a question; the others follow it up (they
 * were all separate questions before). A chain restarts at "-1".
 *
 * Only questions chain: "1-2. 커널 모드와 사용자 모드" in a textbook's outline
 * and "3-2. 면접 후기" in a log are topics. Under a heading numbered as an
 * outline's part ("## 1. 네트워크", "## 2장 …"), "1-1", "1-2" are its members,
 * each its own question; under "## 5번 질의" they chain.
 */
import { RANK, linesOf, type Ctx } from "./context";
import type { CardDraft } from "./draft";
import { isQuestion, isRequest } from "./questions";

/** "5-2.", "Q 1-2.", "Q5-1 ", "[5-3]", "<summary>15-3. …", "### 2-1) …", "**3-2.**": a question's chain number, then its words. */
const CHAIN = /^\s*(?:#{1,6}\s*|[-*+]\s+|>\s*)?(?:<details[^>]*>\s*)?(?:<summary[^>]*>\s*)?(?:<(?:b|strong)>\s*)?(?:\*\*|__)?\s*(Q\s*\.?\s*)?\[?(\d{1,2})-(\d{1,2})\]?(?:\s*[.):]\s*|\s+)(\S.*)$/i;

/** The chain number of a card and the question after it, read on its line or, for a fold opened alone, the lines after. */
function chainOf(lines: string[], d: CardDraft): { n: string; k: string; marked: boolean; asks: boolean } | null {
  for (let at = d.lineStart - 1; at < Math.min(d.lineStart + 2, lines.length); at++) {
    const m = CHAIN.exec(lines[at] ?? "");
    if (m) {
      const words = m[4]!.replace(/<[^>]*>|[*_`]/g, "").trim();
      return { n: m[2]!, k: m[3]!, marked: !!m[1], asks: isQuestion(words) || isRequest(words) };
    }
    if (!/^\s*<(details|summary)[^>]*>\s*$/i.test(lines[at] ?? "")) break;
  }
  return null;
}

/** Whether a heading names question `n` itself ("Q1 MSA", "Q1. 메시지 큐"), the group its "Q1-k" parts sit in. */
function namesQuestion(heading: string, n: string): boolean {
  return new RegExp(`^\\s*Q\\s*${n}(?!\\d|-)`, "i").test(heading);
}

/** Whether the part a card sits in is numbered `n` as an outline numbers its parts ("1. 네트워크", "2장 …"). */
function inPartNumbered(path: string[], n: string): boolean {
  const part = new RegExp(`^\\s*(?:${n}\\s*[.)장]|제\\s*${n}\\s*장|chapter\\s*${n}\\b|part\\s*${n}\\b)`, "i");
  return path.some((p) => part.test(p));
}

/** Turn each question numbered "N-k" (k > 1) into a follow-up of the question numbered "N-1" before it in the same part of the note. */
export function followNumberedChains(ctx: Ctx): void {
  // (most notes number nothing so: they are left without their cards being read)
  if (!/\d-\d/.test(ctx.source)) return;
  const lines = linesOf(ctx.source);
  const firsts = new Map<string, CardDraft>();
  for (const d of [...ctx.drafts].sort((a, b) => a.lineStart - b.lineStart)) {
    const chain = chainOf(lines, d);
    if (!chain) continue;
    // (a heading's card sits in the part above its heading; a fold's or a line's, in its section)
    const ownHeading = /^\s*#{1,6}\s/.test(lines[d.lineStart - 1] ?? "");
    const container = ownHeading ? d.headingPath.slice(0, -1) : d.headingPath;
    // ("Q1-1. MSA와 모놀리틱의 차이" under "## Q1 MSA": a noun phrase asks as question 1's first part; under "## DB" it is a topic)
    if (!chain.asks && !(chain.marked && namesQuestion(container.at(-1) ?? "", chain.n))) continue;
    if (inPartNumbered(container, chain.n)) continue;
    const key = `${container.join("\u0000")}\u0001${chain.n}`;
    if (chain.k === "1") {
      firsts.set(key, d);
      continue;
    }
    const first = firsts.get(key);
    // (…or a follow-up with nothing to follow, asked under a group heading without a card, "## Q1 MSA": the chain's first is its question)
    const orphan = d.kind === "followup" && !d.parentDraft && (d.anchorIsDeck || (d.anchorIndex !== undefined && !ctx.drafts.some((p) => p.kind !== "followup" && p.topicIndex === d.anchorIndex)));
    if (!first || (d.kind !== "qa" && !orphan) || d.parentDraft || first.kind === "steps") continue;
    d.idKind ??= d.kind;
    d.kind = "followup";
    d.rank = RANK.followup;
    d.parentDraft = first;
  }
}
