import "server-only";
import type { SqlPlan } from "@/lib/db/sql-plan";
import { buildQueue, isServedBeforeNewCards, type BuildQueueInput, type QueueItem } from "@/lib/scheduler/queue";
import { parentStatusesPlan } from "./parent-statuses-plan";
import type { SessionUser } from "./session-user";
import { dueCandidatesPlan, lastGradedFollowupPlan, headNewCandidatesPlan, type CandidateQuery } from "./study-candidates";

type QueueSettings = BuildQueueInput["settings"];

/**
 * The card a session serves now: a new follow-up of the card graded last (like an
 * interviewer's tail question, it comes right after its topic even when the topic is not due
 * again yet), else the head of the study queue.
 *
 * The due candidates are read first. When their queue's head is a step due now, an interday
 * step or a review, no new card can come before it: new cards have no state, so they are
 * neither the parents of a due card nor placed ahead of one. Only otherwise are the new topics
 * and unlocked follow-ups walked (a fresh deck, or a session that has cleared its reviews).
 */
export function* studyHeadPlan(user: SessionUser, q: CandidateQuery, settings: QueueSettings): SqlPlan<QueueItem | null> {
  const build = (cards: BuildQueueInput["cards"], externalParents: BuildQueueInput["externalParents"]) =>
    buildQueue({ cards, now: q.now, settings: { ...settings, newPerDay: q.newLimit }, newIntroducedToday: 0, followupLimit: q.followupLimit, externalParents, dueBefore: q.dueBefore });
  const pick = (items: QueueItem[]) => items.find((i) => i.kind === "new" && q.lastGradedId !== null && i.card.parentId === q.lastGradedId) ?? items[0] ?? null;

  const due = [...(yield* dueCandidatesPlan(user, q)), ...(yield* lastGradedFollowupPlan(user, q))];
  const parents = yield* parentStatusesPlan(user, due, q);
  const head = pick(build(due, parents).items);
  // A "new" head here is the last graded card's follow-up (served first whatever else is read) or
  // a state reset to New, which still has to be ordered among the new topics below.
  const lastGradedFollowup = head?.kind === "new" && q.lastGradedId !== null && head.card.parentId === q.lastGradedId;
  if (head && (lastGradedFollowup || isServedBeforeNewCards(head, q.now))) return head;
  const seen = new Set(due.map((c) => c.cardId));
  const cards = [...due, ...(yield* headNewCandidatesPlan(user, q)).filter((c) => !seen.has(c.cardId))];
  return pick(build(cards, yield* parentStatusesPlan(user, cards, q, parents)).items);
}
