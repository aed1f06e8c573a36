/**
 * A template note that opens on its answer ("# 답변" or any answer label, "# 설명", over the spoken answer, then "# 내용",
 * "# 추가 질문") names no question in a heading: its cards ask about the file's name. When the
 * only thing above that first heading is one question ("**Q. 제네릭을 쓰는 이유는 무엇인가요?**"),
 * that is the note's question: the answer's card asks it, and it is no question left unanswered.
 */
import { RANK, explainPrompt, type Ctx } from "./context";
import type { CardDraft } from "./draft";
import { classifyLabel } from "./labels";
import type { Section } from "./sections";

/** "관련 질문: …", "참고 질문 - …": a question offered beside the note under a label, not the note's own. */
const LABELLED = /^[^?？:：]{1,12}[:：-]\s/;

/** Give the answer's card the one question written above the note's first heading, when that heading is "# 답변" (see the module comment). */
export function askPreambleQuestion(ctx: Ctx, outline: Section[]): void {
  const first = outline.find((s) => s.depth > 0);
  if (first?.depth !== 1 || classifyLabel(first.text) !== "script") return;
  const above = ctx.unanswered.filter((u) => u.line < first.line);
  if (above.length !== 1 || LABELLED.test(above[0]!.prompt) || ctx.drafts.some((d) => d.lineStart < first.line)) return;
  const named = explainPrompt(ctx.deckTitle);
  const answer = [...ctx.drafts].sort((a, b) => a.lineStart - b.lineStart).find((d: CardDraft) => d.kind !== "followup" && d.prompt === named);
  if (!answer) return;
  answer.prompt = above[0]!.prompt;
  answer.rank = Math.max(answer.rank, RANK.question) as CardDraft["rank"];
  ctx.unanswered = ctx.unanswered.filter((u) => u !== above[0]);
}
