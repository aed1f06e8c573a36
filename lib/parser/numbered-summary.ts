/**
 * `<details>` questions numbered as a study group numbers its follow-ups:
 * "<summary>1. …?</summary>", then "<summary>1-1. …?</summary>" and
 * "<summary>1-2. …?</summary>" follow question 1 up.
 */
import type { CardDraft } from "./draft";

/** "1-1.", "Q2-3)", "3-1:": a sub-question's number, its main question's number captured. */
export const SUB_NUMBER = /^\s*(?:Q\s*)?(\d{1,3})-\d{1,3}\s*[.):：]/i;
/** "1.", "Q2)", "3:": a main question's number. */
export const MAIN_NUMBER = /^\s*(?:Q\s*)?(\d{1,3})\s*[.):：]/i;

/** The numbered main questions asked so far, per section. */
const NUMBERED = new WeakMap<object, Map<string, CardDraft>>();

/** The card of the main question a "N-M." summary follows up in this section, if it was asked before. */
export function numberedParent(section: object, summary: string): CardDraft | undefined {
  const sub = SUB_NUMBER.exec(summary);
  return sub ? NUMBERED.get(section)?.get(sub[1]!) : undefined;
}

/** Remember a "N." summary's card as question N of its section. */
export function rememberNumbered(section: object, summary: string, draft: CardDraft | null): void {
  const main = MAIN_NUMBER.exec(summary);
  if (!draft || !main || SUB_NUMBER.test(summary)) return;
  let byNumber = NUMBERED.get(section);
  if (!byNumber) NUMBERED.set(section, (byNumber = new Map()));
  byNumber.set(main[1]!, draft);
}

/** Whether a heading or line is numbered as a sub-item ("6-1.") of the item another is numbered as ("6."). */
export function numbersSubItemOf(text: string, parentText: string): boolean {
  const sub = SUB_NUMBER.exec(text);
  const main = MAIN_NUMBER.exec(parentText);
  return !!sub && !!main && !SUB_NUMBER.test(parentText) && sub[1] === main[1];
}
