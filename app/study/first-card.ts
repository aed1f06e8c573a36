import "server-only";
import { getNextFailedCard } from "@/lib/data/custom-study";
import { DataError } from "@/lib/data/errors";
import type { SessionUser } from "@/lib/data/session-user";
import { getNextCard } from "@/lib/data/study";
import type { StudyNextResponse } from "@/lib/client/types";
import { presentNextCard } from "@/lib/study/present-next-card";

export interface FirstCardQuery {
  deckId?: string;
  ahead: boolean;
  tag?: string;
  /** Custom study "cards failed today": those not redone since `since`. */
  failedSince?: Date;
}

/**
 * The session's first card, rendered with the page so it paints without waiting for
 * the client to ask for it (the same answer as GET /api/v1/study/next). An expected
 * failure (a deck the user cannot see) gives null: the client asks the API and shows
 * that error as it does for any load.
 */
export async function getFirstStudyCard(user: SessionUser, q: FirstCardQuery, now: Date): Promise<StudyNextResponse | null> {
  try {
    const next = q.failedSince
      ? await getNextFailedCard(user, { deckId: q.deckId, tag: q.tag, since: q.failedSince, now })
      : await getNextCard(user, { deckId: q.deckId, tag: q.tag, ahead: q.ahead, now });
    return presentNextCard(next);
  } catch (err) {
    if (err instanceof DataError) return null;
    throw err;
  }
}
