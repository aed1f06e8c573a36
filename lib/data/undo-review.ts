import "server-only";
import { runUserTransaction } from "@/lib/db/transaction";
import { parseSnapshot } from "@/lib/scheduler/scheduler";
import { newCardState, toPublicState, type PublicCardState } from "./card-state-json";
import { conflict } from "./errors";
import type { SessionUser } from "./session-user";

/**
 * Takes back the user's most recent grade: the card returns to the exact
 * state it had before (or to new), and the log row is removed, so replaying
 * the remaining logs still reproduces every card's state.
 */
export async function undoLastReview(user: SessionUser, now: Date): Promise<{ cardId: string; state: PublicCardState }> {
  return runUserTransaction(user.id, async (tx) => {
    const last = await tx.reviewLog.findFirst({
      where: { userId: user.id },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
      select: { id: true, cardId: true, previousState: true, studyDay: true },
    });
    if (!last) throw conflict("되돌릴 채점이 없습니다.", "nothing_to_undo");
    const key = { userId_cardId: { userId: user.id, cardId: last.cardId } };
    let state: PublicCardState;
    if (last.previousState) {
      const { lastRating = 0, passedAt = null, suspended = false, ...fsrs } = parseSnapshot(last.previousState);
      const restored = { ...fsrs, lastRating, passedAt, suspended };
      // The version moves forward, so a tab still showing the undone grade's card is stale.
      // Upsert: the row may be gone if the card was reset to new since that grade.
      await tx.cardState.upsert({
        where: key,
        create: { id: crypto.randomUUID(), userId: user.id, cardId: last.cardId, ...restored, version: 1 },
        update: { ...restored, version: { increment: 1 } },
      });
      state = toPublicState(fsrs);
    } else {
      await tx.cardState.deleteMany({ where: { userId: user.id, cardId: last.cardId } });
      state = newCardState(now);
    }
    await tx.reviewLog.delete({ where: { id: last.id } });
    const day = await tx.studyDay.update({
      where: { userId_day: { userId: user.id, day: last.studyDay } },
      data: { reviews: { decrement: 1 } },
    });
    if (day.reviews <= 0) await tx.studyDay.delete({ where: { userId_day: { userId: user.id, day: last.studyDay } } });
    return { cardId: last.cardId, state };
  });
}
