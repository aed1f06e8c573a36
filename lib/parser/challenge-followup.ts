/**
 * A question that tests the answer just given rather than opening a new
 * topic: "…만 늘리면 되는 것인가?", "…할 때마다 하면 되나요?". In a run of
 * `<details>` questions it follows up the one before it, as "그렇다면 …?" does.
 */

/** "…면 되는 것인가?", "…면 되는 건가요?", "…면 되나요?", "…면 되는가?", "…면 안 되나요?". */
const CHALLENGE = /면\s*(안\s*)?(되는\s*(것|건)\s*(인가요?|일까요?|가요|이죠)|되나요|되는가|되지\s*않나요)\s*[?？]?$/;

/** Whether a question challenges the answer just given (so it follows that question up). */
export function challengesAnswer(question: string): boolean {
  return CHALLENGE.test(question.replace(/[*_`]/g, "").trim());
}
