import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { CardKind } from "@/lib/parser/types";
import { buildQueue, type QueueItem, type RemainingCounts } from "@/lib/scheduler/queue";
import { previewIntervals } from "@/lib/scheduler/scheduler";
import { endOfStudyDay } from "@/lib/scheduler/study-day";
import { estimateTargetSeconds } from "@/lib/study/target-seconds";
import { notFound } from "./errors";
import { parseStringList } from "./json-fields";
import { getActiveWeights } from "./active-weights";
import { getSettings } from "./settings";
import type { SessionUser } from "./session-user";
import { loadStudyCandidates } from "./study-candidates";
import { getDailyAllowance, getStudyLoad } from "./study-load";
import { visibleDecks } from "./visibility";

const AHEAD_DAYS = 7;

export interface StudyCard {
  id: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  tips: string[];
  steps?: string[];
  parentId?: string;
  parentPrompt?: string;
  deckId: string;
  deckTitle: string;
  version: number;
  targetSeconds: number;
}

export interface NextCard {
  card: StudyCard | null;
  intervals: Record<"1" | "2" | "3" | "4", { label: string; due: string }> | null;
  remaining: RemainingCounts;
  /** The user's current study day (YYYY-MM-DD). */
  studyDay: string;
}

/**
 * The next card of the user's session (optionally one deck; `ahead` pulls in
 * reviews due within a week), with the interval each grade would give.
 */
export async function getNextCard(user: SessionUser, opts: { deckId?: string; tag?: string; ahead?: boolean; now: Date }): Promise<NextCard> {
  const { now, deckId, tag } = opts;
  if (deckId && !(await prisma.deck.findFirst({ where: { id: deckId, ...visibleDecks(user) }, select: { id: true } }))) {
    throw notFound("덱을 찾을 수 없습니다.");
  }
  const settings = await getSettings(user);
  const { newLeft, followupsLeft } = await getDailyAllowance(user, now);
  let dueBefore = endOfStudyDay(now, settings.timezone, settings.dayStartHour);
  if (opts.ahead) dueBefore = new Date(dueBefore.getTime() + AHEAD_DAYS * 86_400_000);

  const { cards, externalParents } = await loadStudyCandidates(user, { deckId, tag, dueBefore, newLimit: newLeft, followupLimit: followupsLeft });
  const queue = buildQueue({
    cards,
    now,
    settings: { ...settings, newPerDay: newLeft },
    newIntroducedToday: 0,
    followupLimit: followupsLeft,
    externalParents,
  });
  // The bar shows what Today and the library show for this deck: one count for every page.
  const { total, studyDay } = await getStudyLoad(user, now, { deckId, tag, dueBefore });
  const remaining: RemainingCounts = { learning: total.learning, review: total.review, new: total.new };
  const head = await pickHead(user, queue.items);
  if (!head) return { card: null, intervals: null, remaining, studyDay };

  const card = await loadStudyCard(user, head.cardId, settings.targetAnswerSeconds);
  const w = await getActiveWeights(user);
  const previews = previewIntervals({ state: head.card.state, cardId: head.cardId, now, settings: w ? { ...settings, w } : settings });
  const intervals = Object.fromEntries(previews.map((p) => [String(p.rating), { label: p.label, due: p.due.toISOString() }]));
  return { card, intervals: intervals as NextCard["intervals"], remaining, studyDay };
}

/**
 * Like an interviewer's tail question, a follow-up that just unlocked comes
 * right after its topic even when the topic itself is not due again yet.
 */
async function pickHead(user: SessionUser, items: QueueItem[]): Promise<QueueItem | undefined> {
  const last = await prisma.reviewLog.findFirst({
    where: { userId: user.id },
    orderBy: [{ reviewedAt: "desc" }, { createdAt: "desc" }],
    select: { cardId: true },
  });
  const tail = last && items.find((i) => i.kind === "new" && i.card.parentId === last.cardId);
  return tail ?? items[0];
}

export async function loadStudyCard(user: SessionUser, cardId: string, targetAnswerSeconds: number): Promise<StudyCard> {
  const row = await prisma.card.findUniqueOrThrow({
    where: { id: cardId },
    select: {
      id: true,
      kind: true,
      prompt: true,
      answer: true,
      tips: true,
      steps: true,
      parentId: true,
      parent: { select: { prompt: true } },
      deck: { select: { id: true, title: true } },
      states: { where: { userId: user.id }, select: { version: true } },
    },
  });
  return {
    id: row.id,
    kind: row.kind as CardKind,
    prompt: row.prompt,
    answer: row.answer,
    tips: parseStringList(row.tips),
    ...(row.steps ? { steps: parseStringList(row.steps) } : {}),
    ...(row.parentId ? { parentId: row.parentId, parentPrompt: row.parent?.prompt } : {}),
    deckId: row.deck.id,
    deckTitle: row.deck.title,
    version: row.states[0]?.version ?? 0,
    targetSeconds: targetAnswerSeconds > 0 ? targetAnswerSeconds : estimateTargetSeconds(row.answer),
  };
}
