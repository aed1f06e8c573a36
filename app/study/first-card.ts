import "server-only";
import type { StudyNextResponse } from "@/lib/client/types";
import { DataError } from "@/lib/data/errors";
import type { SessionUser } from "@/lib/data/session-user";
import { getStudyNext, type StudyNextQuery } from "@/lib/study/study-next";

/**
 * The session's first card, rendered with the page so it paints without waiting for
 * the client to ask for it (the same answer as GET /api/v1/study/next). An expected
 * failure (a deck the user cannot see) gives null: the client asks the API and shows
 * that error as it does for any load.
 */
export async function getFirstStudyCard(user: SessionUser, q: StudyNextQuery, now: Date): Promise<StudyNextResponse | null> {
  try {
    return await getStudyNext(user, q, now);
  } catch (err) {
    if (err instanceof DataError) return null;
    throw err;
  }
}
