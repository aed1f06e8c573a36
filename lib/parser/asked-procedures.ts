/**
 * A procedure asked anywhere but a heading ("Q. JWT 인증 과정을 설명해 주세요.",
 * "**…과정을 설명해 주세요.**", a fold's summary) and answered by a numbered list
 * or "[STEP n]" lines is a steps card, as it is under a question heading. The
 * card keeps the id it had as a question, so its history carries over.
 */
import { toBlocks } from "./blocks";
import type { CardDraft } from "./draft";
import { procedureSteps } from "./extract-steps";
import { parseMarkdown } from "./markdown";

/** Turn the question cards that ask a procedure answered in steps into steps cards (in place). */
export function readAskedProcedures(drafts: CardDraft[]): CardDraft[] {
  for (const d of drafts) {
    // (a heading's question was read so where it was made; only cards asked in a line of their own come here)
    if (d.kind !== "qa" || d.role === "" || d.role === "explain" || !/(과정|단계|절차|순서|흐름|procedure|steps)/i.test(d.prompt)) continue;
    const blocks = toBlocks(parseMarkdown(d.answer).children, d.answer, [], true);
    const steps = procedureSteps(d.prompt.replace(/[.!?？]+$/, "").replace(/(을|를)?\s*(설명해\s*주세요|설명해주세요|설명하시오|말해\s*(보세요|주세요)|알려\s*주세요)$/, "").trim(), blocks, d.answer);
    if (!steps) continue;
    d.idKind ??= "qa";
    d.kind = "steps";
    d.steps = steps;
  }
  return drafts;
}
