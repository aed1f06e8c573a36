import "server-only";
import { getNextFailedCard } from "@/lib/data/custom-study";
import type { SessionUser } from "@/lib/data/session-user";
import { getNextCard } from "@/lib/data/study";
import { presentNextCard } from "./present-next-card";

/** What a study session asks for: a deck or a tag, study-ahead, or custom study's "cards failed today". */
export interface StudyNextQuery {
  deckId?: string;
  tag?: string;
  ahead?: boolean;
  /** Cards failed today and not redone since `since`. */
  failed?: { since?: Date };
}

/**
 * The next card of a session as GET /api/v1/study/next answers it (and as /study
 * renders its first card): the card with its HTML, grade previews and counts.
 */
export async function getStudyNext(user: SessionUser, q: StudyNextQuery, now: Date) {
  const next = q.failed
    ? await getNextFailedCard(user, { deckId: q.deckId, tag: q.tag, since: q.failed.since, now })
    : await getNextCard(user, { deckId: q.deckId, tag: q.tag, ahead: q.ahead, now });
  return presentNextCard(next);
}
