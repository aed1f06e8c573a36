/**
 * Questions under a follow-up label read so only without its aside ("## 💬
 * 꼬리 질문 (면접 답변)") stood alone before, and their history is kept under
 * the ids they had: re-importing a note keeps every card whose question did
 * not change (issue 9). (A doubt put to the answer just given keeps its id
 * where it is read: extract-body.ts, extract.ts.)
 */
import type { CardDraft } from "./draft";
import { followupsOnlyByAside } from "./labels";

/** Whether a follow-up stands under a label read as one only without its aside (a question heading or a line in it, a group between). */
function underAsideLabel(d: CardDraft): boolean {
  return !d.parentDraft && d.headingPath.some((h) => followupsOnlyByAside(h));
}

/** Give such follow-ups the id kind they had as questions of their own. */
export function keepQuestionIds(drafts: CardDraft[]): void {
  for (const d of drafts) if (d.kind === "followup" && d.idKind === undefined && underAsideLabel(d)) d.idKind = "qa";
}
