import "server-only";
import { prisma } from "@/lib/db/prisma";
import { runUserTransaction } from "@/lib/db/transaction";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseSnapshot } from "@/lib/scheduler/scheduler";
import { FSRS_SELECT, newCardState, toPublicState, type PublicCardState } from "./card-state-json";
import { conflict, notFound } from "./errors";
import type { SessionUser } from "./session-user";

export interface UndoOutcome {
  reviewId: string;
  cardId: string;
  state: PublicCardState;
  /** False when this review had already been undone: the request changed nothing. */
  undone: boolean;
}

async function currentState(tx: Prisma.TransactionClient, user: SessionUser, cardId: string, now: Date): Promise<PublicCardState> {
  const row = await tx.cardState.findUnique({ where: { userId_cardId: { userId: user.id, cardId } }, select: FSRS_SELECT });
  return row ? toPublicState(row) : newCardState(now);
}

/**
 * Takes back the grade `reviewId`, which must be the user's most recent one
 * (409 `not_latest` otherwise): the card returns to the exact state it had
 * before (or to new), and the log row is removed, so replaying the remaining
 * logs still reproduces every card's state. Naming a review that was already
 * undone is a no-op (`undone: false`), so a repeated or concurrent request
 * can never take back a second grade. Another user's review is 404.
 */
export async function undoReview(user: SessionUser, reviewId: string, now: Date): Promise<UndoOutcome> {
  return runUserTransaction(user.id, async (tx) => {
    const target = await tx.reviewLog.findFirst({
      where: { id: reviewId, userId: user.id },
      select: { id: true, cardId: true, previousState: true, studyDay: true },
    });
    if (!target) {
      const done = await tx.undoneReview.findFirst({ where: { id: reviewId, userId: user.id }, select: { cardId: true } });
      if (!done) throw notFound("되돌릴 채점을 찾을 수 없습니다.");
      return { reviewId, cardId: done.cardId, state: await currentState(tx, user, done.cardId, now), undone: false };
    }
    const last = await tx.reviewLog.findFirst({
      where: { userId: user.id },
      orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    });
    if (last?.id !== target.id) throw conflict("가장 최근의 채점만 되돌릴 수 있습니다.", "not_latest");
    const key = { userId_cardId: { userId: user.id, cardId: target.cardId } };
    let state: PublicCardState;
    if (target.previousState) {
      const { lastRating = 0, passedAt = null, suspended = false, ...fsrs } = parseSnapshot(target.previousState);
      const restored = { ...fsrs, lastRating, passedAt, suspended };
      // The version moves forward, so a tab still showing the undone grade's card is stale.
      // Upsert: the row may be gone if the card was reset to new since that grade.
      await tx.cardState.upsert({
        where: key,
        create: { id: crypto.randomUUID(), userId: user.id, cardId: target.cardId, ...restored, version: 1 },
        update: { ...restored, version: { increment: 1 } },
      });
      state = toPublicState(fsrs);
    } else {
      await tx.cardState.deleteMany({ where: { userId: user.id, cardId: target.cardId } });
      state = newCardState(now);
    }
    await tx.reviewLog.delete({ where: { id: target.id } });
    await tx.undoneReview.create({ data: { id: target.id, userId: user.id, cardId: target.cardId, undoneAt: now } });
    const day = await tx.studyDay.update({
      where: { userId_day: { userId: user.id, day: target.studyDay } },
      data: { reviews: { decrement: 1 } },
    });
    if (day.reviews <= 0) await tx.studyDay.delete({ where: { userId_day: { userId: user.id, day: target.studyDay } } });
    return { reviewId, cardId: target.cardId, state, undone: true };
  });
}

/** Takes back the user's most recent grade, whichever it is (tests and tools; the API names the review). */
export async function undoLastReview(user: SessionUser, now: Date): Promise<{ cardId: string; state: PublicCardState }> {
  const last = await prisma.reviewLog.findFirst({
    where: { userId: user.id },
    orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true },
  });
  if (!last) throw conflict("되돌릴 채점이 없습니다.", "nothing_to_undo");
  const { cardId, state } = await undoReview(user, last.id, now);
  return { cardId, state };
}
