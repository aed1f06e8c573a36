/**
 * A template's filler: one short answer written under three requests to
 * explain or more ("안녕" under every unfilled "…에 대해 설명해주세요" fold),
 * sharing no word with them. It answers none of them, so every question it
 * stands under is unanswered, not a card. A quiz's answer that repeats ("전송
 * 계층" under "…어느 계층인가요?", "스택", "불가능합니다.") answers a question
 * that asks for just that, so it stays.
 */
import type { Ctx } from "./context";
import type { CardDraft } from "./draft";
import { asksToExplain, isQuestion, isRequest } from "./questions";

/** An answer's words, markup and spacing aside, as the key two answers share when written alike. */
function fillerKey(answer: string): string {
  return answer.replace(/<[^>]*>|[*_`>#~-]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
}

const words = (text: string) => new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 2));

/** Whether a card asks for an explanation (a topic's generated prompt too) that its filler-sized answer, sharing no word with it, cannot give. */
function asksMoreThan(d: CardDraft, key: string): boolean {
  if (!asksToExplain(d.prompt)) return false;
  const asked = words(d.prompt);
  return ![...words(key)].some((w) => [...asked].some((a) => a.includes(w) || w.includes(a)));
}

/**
 * Turn every card whose answer is one short filler written under three
 * requests or more into an unanswered question (or, when it does not ask, a
 * warning), with one warning naming the filler as written.
 */
export function dropRepeatedFillers(ctx: Ctx): void {
  const byKey = new Map<string, CardDraft[]>();
  for (const d of ctx.drafts) {
    const key = fillerKey(d.answer);
    if (d.kind !== "steps" && key.length >= 2 && key.length <= 20 && !/[0-9()=]/.test(key)) byKey.set(key, [...(byKey.get(key) ?? []), d]);
  }
  const dropped = new Set<CardDraft>();
  for (const [key, list] of byKey) {
    if (list.filter((d) => asksMoreThan(d, key)).length < 3) continue;
    for (const d of list) dropped.add(d);
    ctx.warnings.push({ line: Math.min(...list.map((d) => d.lineStart)), message: `건너뛴 답: "${list[0]!.answer.trim().slice(0, 20)}" (질문 ${list.length}개에 똑같이 적힌 자리 표시)` });
  }
  if (dropped.size === 0) return;
  for (const d of dropped) if (isQuestion(d.prompt) || isRequest(d.prompt)) ctx.unanswered.push({ line: d.lineStart, prompt: d.prompt, topicKey: d.anchorKey ?? d.topicKey });
  const kept = ctx.drafts.filter((d) => !dropped.has(d));
  // (a follow-up of a question left unanswered finds its topic by its heading path instead)
  for (const d of kept) if (d.parentDraft && dropped.has(d.parentDraft)) delete d.parentDraft;
  ctx.drafts.splice(0, ctx.drafts.length, ...kept);
}
