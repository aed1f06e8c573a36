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

/**
 * A question whose object is the procedure itself: "…과정을 설명해 주세요", "…과정은?", "…순서를 말해 보세요",
 * "…절차에 대해 설명해주세요" — never "TCP 흐름 제어란?", "…흐름의 장점은?", "…과정에서 배운 것은?",
 * "…과정의 보안 취약점은?", "…순서를 보장하나요?".
 */
const ASKS_PROCEDURE = /^(.*(?:과정|단계|절차|순서|흐름))\s*(?:\([^()]*\)\s*)?(?:(?:을|를|에\s*대해서?|에\s*대하여)\s*(?:단계별로|순서대로|차례대로)?\s*(?:설명|말|말씀|서술|나열)\s*(?:해|하)\s*(?:주세요|주세여|주십시오|보세요|보시오|시오|줘|봐)|은|는|이|가)?\s*[.!?？]*$/;

const PROCEDURE_WORD = /과정|단계|절차|순서|흐름/;

/** Turn the question cards that ask a procedure answered in steps into steps cards (in place). */
export function readAskedProcedures(drafts: CardDraft[]): CardDraft[] {
  for (const d of drafts) {
    // (a heading's question was read so where it was made; only cards asked in a line of their own come here)
    if (d.kind !== "qa" || d.role === "" || d.role === "explain" || !PROCEDURE_WORD.test(d.prompt)) continue;
    const asked = ASKS_PROCEDURE.exec(d.prompt.trim());
    // ("격리 수준 4단계를 설명해 주세요": levels counted, not steps taken)
    if (!asked || /\d\s*단계$/.test(asked[1]!.trim())) continue;
    const blocks = toBlocks(parseMarkdown(d.answer).children, d.answer, [], true);
    const steps = procedureSteps(asked[1]!.trim(), blocks, d.answer);
    if (!steps) continue;
    d.idKind ??= "qa";
    d.kind = "steps";
    d.steps = steps;
  }
  return drafts;
}
