/**
 * Interview questions listed before the notes that answer them ("### Optional과 관련된 면접 질문"
 * over "* Optional의 값 추출 방식에 대해 설명하시오.", then "## Optional의 값 추출 방식" and its
 * explanation further down): the listed question is the card's prompt, the section below its answer.
 */
import type { Ctx } from "./context";
import { RANK, type CardDraft } from "./draft";
import { withoutGeneratedTail } from "./question-key";

/** What a question adds to the topic it asks about when it only asks to explain it. */
const ASKING = /^(의|이|가|은|는|을|를|란|이란|에\s*대해서?|에\s*대하여|에\s*관해서?|무엇인지|무엇인가요|무엇입니까|무엇인가|뭔가요|뭔지|뭐예요|설명하시오|설명해\s*주세요|설명해\s*보세요|설명하세요|말해\s*보세요|말해\s*주세요|알려\s*주세요|하시오)+$/;

const key = (text: string) => text.normalize("NFC").toLowerCase().replace(/[\s*_`"'“”‘’.,!?？:：()[\]]+/g, "");

/** The topic a generated prompt explains ("Optional Chaining에 대해 설명해 주세요." → "Optional Chaining"), or null for a prompt as written. */
function explainedTopic(d: CardDraft): string | null {
  if (d.kind === "followup") return null;
  const topic = withoutGeneratedTail(d.prompt);
  return topic !== d.prompt.trim() ? topic : null;
}

/** Whether the question asks exactly to explain the topic: the topic's words, then only asking words. */
function asksToExplain(question: string, topic: string): boolean {
  const q = key(question);
  const t = key(topic);
  return t.length >= 2 && q.startsWith(t) && ASKING.test(q.slice(t.length) || "이");
}

const indentAt = (source: string, line: number) => /^[ \t]*/.exec(source.split("\n")[line - 1] ?? "")![0].replace(/\t/g, "    ").length;

/**
 * Give each unanswered question the card further down that explains exactly what it asks, when
 * that card is the only one it can mean: the question becomes the card's prompt and leaves the
 * unanswered list. A listed question nested under another one so answered follows that one up.
 */
export function answerListedQuestions(ctx: Ctx): void {
  const topics = ctx.drafts.map((d) => ({ d, topic: explainedTopic(d) })).filter((x): x is { d: CardDraft; topic: string } => !!x.topic);
  const matches = ctx.unanswered.map((u) => topics.filter((t) => t.d.lineStart > u.line && asksToExplain(u.prompt, t.topic)));
  const claimed = new Map<CardDraft, number>();
  for (const m of matches) if (m.length === 1) claimed.set(m[0]!.d, (claimed.get(m[0]!.d) ?? 0) + 1);
  const answered = new Map<number, CardDraft>();
  ctx.unanswered.forEach((_, i) => {
    const m = matches[i]!;
    if (m.length !== 1 || claimed.get(m[0]!.d) !== 1) return;
    answered.set(i, m[0]!.d);
  });
  if (answered.size === 0) return;
  const lines = ctx.source.split("\n").length;
  for (const [i, d] of answered) {
    const u = ctx.unanswered[i]!;
    d.prompt = u.prompt;
    // (asked as written now: it ranks as a question, so a card pasting the same answer cannot drop it)
    d.rank = Math.max(d.rank, RANK.question) as CardDraft["rank"];
    // (nested under a listed question answered the same way: its follow-up; the id stays the topic's)
    const parentIndex = parentListed(ctx, i, lines);
    const parent = parentIndex === null ? undefined : answered.get(parentIndex);
    if (parent && parent !== d) {
      d.idKind = d.idKind ?? d.kind;
      d.kind = "followup";
      d.parentDraft = parent;
    }
  }
  ctx.unanswered = ctx.unanswered.filter((_, i) => !answered.has(i));
}

/** The listed question right above one, indented less, in the same run of list lines. */
function parentListed(ctx: Ctx, index: number, lines: number): number | null {
  const u = ctx.unanswered[index]!;
  if (u.line < 1 || u.line > lines) return null;
  const own = indentAt(ctx.source, u.line);
  for (let j = index - 1; j >= 0; j--) {
    const p = ctx.unanswered[j]!;
    if (p.line >= u.line || u.line - p.line > 20) return null;
    if (indentAt(ctx.source, p.line) < own) return j;
  }
  return null;
}
