/**
 * Duplicate removal. Notes often repeat a section or explain the same thing
 * twice (once as prose, once as a follow-up); a deck should ask it once.
 */
import { RANK, type CardDraft } from "./draft";
import { isQuestion, isRequest } from "./questions";

/** Answer text with Markdown syntax and whitespace removed, for comparison. */
export function normalizeAnswer(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(>\s*)+/gm, "")
    .replace(/^\s*([-*+]|\d{1,3}[.)])\s+/gm, "")
    .replace(/[*_`~#>|]/g, "")
    .replace(/\s+/g, "")
    .toLowerCase();
}

/**
 * Drop drafts that repeat another draft: same id (same heading path, kind and
 * role) with the same or contained answer, or any two drafts with identical
 * normalised answers. The higher-ranked (more specific) draft survives; on a
 * tie the earlier one. Drafts that share an id but differ get an ordinal.
 *
 * @param idOf computes the id for a draft and an ordinal (1 = none)
 */
export function dedupe(drafts: CardDraft[], idOf: (d: CardDraft, ordinal: number) => string): { draft: CardDraft; id: string }[] {
  const norms = drafts.map((d) => normalizeAnswer(d.answer + "\n" + (d.steps ?? []).join("\n")));
  const alive = drafts.map(() => true);
  const better = (a: number, b: number) => (drafts[a]!.rank !== drafts[b]!.rank ? drafts[a]!.rank > drafts[b]!.rank : a < b);
  const kill = (a: number, b: number) => {
    if (better(a, b)) alive[b] = false;
    else alive[a] = false;
  };
  // identical answers
  const byAnswer = new Map<string, number>();
  drafts.forEach((_, i) => {
    const key = norms[i]!;
    if (!key) return;
    const j = byAnswer.get(key);
    if (j === undefined) return void byAnswer.set(key, i);
    // (two questions the note asks in its own words, answered alike by a pasted answer, are both the user's questions)
    if (askedApart(drafts[j]!, drafts[i]!)) return;
    kill(j, i);
    byAnswer.set(key, alive[i] ? i : j);
  });
  // same id: merge when one answer contains the other, else number them
  const byId = new Map<string, number[]>();
  drafts.forEach((d, i) => {
    if (!alive[i]) return;
    const id = idOf(d, 1);
    byId.set(id, [...(byId.get(id) ?? []), i]);
  });
  const result: { draft: CardDraft; id: string; index: number }[] = [];
  for (const [id, group] of byId) {
    const kept: number[] = [];
    for (const i of group) {
      const dup = kept.find((k) => norms[k]!.includes(norms[i]!) || norms[i]!.includes(norms[k]!));
      if (dup === undefined) kept.push(i);
      else if (better(i, dup)) kept[kept.indexOf(dup)] = i;
    }
    kept.sort((a, b) => a - b).forEach((i, n) => result.push({ draft: drafts[i]!, id: n === 0 ? id : idOf(drafts[i]!, n + 1), index: i }));
  }
  return result.sort((a, b) => a.index - b.index).map(({ draft, id }) => ({ draft, id }));
}

/** Two questions asked as written (question or follow-up headings, question lines, summaries that ask), with different prompts. */
function askedApart(a: CardDraft, b: CardDraft): boolean {
  // (follow-ups too: "6-2. …어디서 해야할까?" and "6-3. …어떤 상태?" pasted the same answer; so
  // did "스코프가 뭔가요?" and "스코프에는 어떤 종류가 있죠?", two folds whose question is their role)
  // (…but a fold under its own question with that question's answer pasted restates it: one card)
  const under = (x: CardDraft, y: CardDraft) => x.parentDraft === y || (x.rank === RANK.followup && y.rank === RANK.question && !!x.anchorKey && x.anchorKey === y.topicKey);
  const nested = under(a, b) || under(b, a);
  const asked = (d: CardDraft) => d.rank === RANK.question || (d.rank === RANK.followup && (d.role === "" || (!nested && (isQuestion(d.role) || isRequest(d.role)))));
  return asked(a) && asked(b) && a.prompt.trim() !== b.prompt.trim();
}
