/**
 * A template's filler: one short answer written under three questions or
 * more ("안녕", "작성 예정 ㅎㅎ" under every unfilled `<details>`). It answers
 * none of them, so they are unanswered, not cards.
 */
import { isQuestion, isRequest } from "./questions";
import type { CardDraft } from "./draft";
import type { Ctx } from "./context";

/** Answers a quiz gives again and again on purpose: O/X, yes/no, a choice's letter or number. */
const QUIZ_ANSWER = /^(o|x|예|네|아니(요|오)?|yes|no|true|false|참|거짓|맞다|틀리다|맞음|틀림|[a-e]|[1-5])[.!]?$/i;

/** An answer's words, markup and spacing aside, as the key two answers share when written alike. */
function fillerKey(answer: string): string {
  return answer.replace(/<[^>]*>|[*_`>#~-]/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
}

/** Whether an answer could be filler: a few words, no number, code or formula (an "O(n)" repeats on purpose). */
function mayBeFiller(key: string): boolean {
  return key.length >= 2 && key.length <= 20 && !/[0-9()=]/.test(key) && !QUIZ_ANSWER.test(key);
}

/**
 * Turn every card whose answer is the same short filler as two other cards'
 * into an unanswered question (or, when it does not ask, a warning), with one
 * warning naming the filler.
 */
export function dropRepeatedFillers(ctx: Ctx): void {
  const counts = new Map<string, number>();
  for (const d of ctx.drafts) {
    const key = fillerKey(d.answer);
    if (d.kind !== "steps" && mayBeFiller(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const fillers = new Set([...counts].filter(([, n]) => n >= 3).map(([key]) => key));
  if (fillers.size === 0) return;
  const dropped = new Set<CardDraft>(ctx.drafts.filter((d) => d.kind !== "steps" && fillers.has(fillerKey(d.answer))));
  for (const d of dropped) {
    if (isQuestion(d.prompt) || isRequest(d.prompt)) ctx.unanswered.push({ line: d.lineStart, prompt: d.prompt, topicKey: d.anchorKey ?? d.topicKey });
  }
  const kept = ctx.drafts.filter((d) => !dropped.has(d));
  // (a follow-up of a question left unanswered finds its topic by its heading path instead)
  for (const d of kept) if (d.parentDraft && dropped.has(d.parentDraft)) delete d.parentDraft;
  ctx.drafts.splice(0, ctx.drafts.length, ...kept);
  for (const key of fillers) {
    const first = Math.min(...[...dropped].filter((d) => fillerKey(d.answer) === key).map((d) => d.lineStart));
    ctx.warnings.push({ line: first, message: `건너뛴 답: "${key}" (질문 ${counts.get(key)}개에 똑같이 적힌 자리 표시)` });
  }
}
