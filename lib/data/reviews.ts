import "server-only";
import type { prisma } from "@/lib/db/prisma";
import { runUserTransaction } from "@/lib/db/transaction";
import type { CardStateRow, GradeValue } from "@/lib/scheduler/fsrs-mapping";
import { gradeCard, progressAfterGrade, snapshotState } from "@/lib/scheduler/scheduler";
import { studyDayOf } from "@/lib/scheduler/study-day";
import { FSRS_SELECT, toPublicState, type PublicCardState } from "./card-state-json";
import { conflict, notFound } from "./errors";
import { getSchedulerSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { visibleDecks } from "./visibility";

type Tx = Parameters<Parameters<typeof prisma.$transaction>[0]>[0];

/**
 * A follow-up may be graded only while its topic is passed and not failing,
 * the same gate the queue applies: another tab may have undone the topic's
 * passing grade after this one showed the follow-up.
 */
async function assertTopicPassed(tx: Tx, user: SessionUser, parentId: string): Promise<void> {
  const parent = await tx.cardState.findUnique({
    where: { userId_cardId: { userId: user.id, cardId: parentId } },
    select: { passedAt: true, state: true, lastRating: true },
  });
  if (!parent?.passedAt || parent.state === 3 || parent.lastRating === 1) {
    throw conflict("이 꼬리 질문의 주제를 아직 통과하지 않았습니다(다른 탭에서 되돌렸을 수 있습니다). 주제부터 다시 연습하도록 목록을 새로 불러옵니다.", "followup_locked");
  }
}

export interface GradeRequest {
  /** Chosen by the client; a retry with the same id applies once. */
  id: string;
  cardId: string;
  rating: GradeValue;
  durationMs: number;
  /** The card-state version the client was shown; a different one means another tab graded first. */
  version?: number;
}

export interface GradeOutcome {
  created: boolean;
  body: { cardId: string; state: PublicCardState };
}

/**
 * Grades one card: the FSRS state update, the review log and the study-day
 * counter are written in one transaction. Replaying a known id returns the
 * first answer and writes nothing. Queued per user on PostgreSQL, so two
 * instances racing on one card or one id act one after the other.
 */
export async function recordReview(user: SessionUser, req: GradeRequest, now: Date): Promise<GradeOutcome> {
  return runUserTransaction(user.id, async (tx) => {
    const seen = await tx.reviewLog.findUnique({ where: { id: req.id }, select: { userId: true, cardId: true, nextState: true } });
    if (seen) {
      if (seen.userId !== user.id || seen.cardId !== req.cardId) {
        throw conflict("이 요청 id는 이미 다른 채점에 쓰였습니다. 새 id로 다시 보내 주세요.", "id_reused");
      }
      return { created: false, body: { cardId: req.cardId, state: JSON.parse(seen.nextState) as PublicCardState } };
    }
    const card = await tx.card.findFirst({
      where: { id: req.cardId, archivedAt: null, deck: visibleDecks(user) },
      select: { id: true, parentId: true },
    });
    if (!card) throw notFound("카드를 찾을 수 없습니다.");
    if (card.parentId) await assertTopicPassed(tx, user, card.parentId);
    const row = await tx.cardState.findUnique({
      where: { userId_cardId: { userId: user.id, cardId: req.cardId } },
      select: { ...FSRS_SELECT, version: true, suspended: true, lastRating: true, passedAt: true },
    });
    if (req.version !== undefined && (row?.version ?? 0) !== req.version) {
      throw conflict("다른 탭이나 기기에서 이 카드를 이미 채점했습니다. 다음 카드를 불러옵니다.");
    }
    if (row?.suspended) throw conflict("일시 중지된 카드는 채점할 수 없습니다.", "suspended");

    const settings = await getSchedulerSettings(user, tx);
    const { version, suspended, lastRating, passedAt, ...fsrs } = row ?? { version: 0, suspended: false, lastRating: 0, passedAt: null };
    const state = row ? (fsrs as CardStateRow) : null;
    const { next, log } = gradeCard({ state, cardId: req.cardId, rating: req.rating, now, settings });
    const progress = progressAfterGrade(row ? { lastRating, passedAt } : null, req.rating, now);
    const body = { cardId: req.cardId, state: toPublicState(next) };
    const day = studyDayOf(now, settings.timezone, settings.dayStartHour);

    await tx.cardState.upsert({
      where: { userId_cardId: { userId: user.id, cardId: req.cardId } },
      create: { id: crypto.randomUUID(), userId: user.id, cardId: req.cardId, ...next, ...progress, version: 1 },
      update: { ...next, ...progress, version: version + 1 },
    });
    await tx.reviewLog.create({
      data: {
        id: req.id,
        userId: user.id,
        cardId: req.cardId,
        ...log,
        durationMs: req.durationMs,
        previousState: state ? snapshotState({ ...state, lastRating, passedAt, suspended }) : null,
        nextState: JSON.stringify(body.state),
        studyDay: day,
      },
    });
    await tx.studyDay.upsert({
      where: { userId_day: { userId: user.id, day } },
      create: { userId: user.id, day, reviews: 1 },
      update: { reviews: { increment: 1 } },
    });
    return { created: true, body };
  });
}
