import "server-only";
import { readPlan, selectRows, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { CardKind } from "@/lib/parser/types";
import type { RemainingCounts } from "@/lib/scheduler/queue";
import { previewIntervals } from "@/lib/scheduler/scheduler";
import { endOfStudyDay } from "@/lib/scheduler/study-day";
import { estimateTargetSeconds } from "@/lib/study/target-seconds";
import { notFound } from "./errors";
import { parseStringList } from "./json-fields";
import { requestSettingsPlan } from "./settings-plan";
import type { SessionUser } from "./session-user";
import { headStatePlan } from "./study-candidates";
import { studyHeadPlan } from "./study-head-plan";
import { dailyAllowancePlan, filterStudyDecks, studyLoadPlan } from "./study-load";
import { visibleDecksPlan } from "./visible-decks-plan";

const AHEAD_DAYS = 7;

export interface StudyCard {
  id: string;
  kind: CardKind;
  prompt: string;
  /** Markdown the question shows before any answer (a quiz's code and choices). */
  given?: string;
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

const LAST_GRADED_SQL = `SELECT "cardId" FROM "review_log" WHERE "userId" = ? ORDER BY "reviewedAt" DESC, "createdAt" DESC LIMIT 1`;

/** {@link getNextCard} as one plan: settings read once, every query hand-written. */
export function* nextCardPlan(user: SessionUser, opts: { deckId?: string; tag?: string; ahead?: boolean; now: Date }): SqlPlan<NextCard> {
  const { now, deckId, tag } = opts;
  const visible = yield* visibleDecksPlan(user);
  const decks = filterStudyDecks(visible, { deckId, tag });
  if (deckId && !visible.some((d) => d.id === deckId)) throw notFound("덱을 찾을 수 없습니다.");
  const requestSettings = yield* requestSettingsPlan(user);
  const { settings, w } = requestSettings;
  const allowance = yield* dailyAllowancePlan(user, now, requestSettings);
  const { newLeft, followupsLeft } = allowance;
  let dueBefore = endOfStudyDay(now, settings.timezone, settings.dayStartHour);
  if (opts.ahead) dueBefore = new Date(dueBefore.getTime() + AHEAD_DAYS * 86_400_000);

  const deckIds = deckId || tag ? decks.map((d) => d.id) : null;
  const [last] = yield* selectRows<{ cardId: string }>(LAST_GRADED_SQL, user.id);
  const lastGradedId = last?.cardId ?? null;
  const head = yield* studyHeadPlan(user, { deckIds, now, dueBefore, lastGradedId, newLimit: newLeft, followupLimit: followupsLeft }, settings);
  // The bar shows what Today and the library show for this deck: one count for every page.
  const { total, studyDay } = yield* studyLoadPlan(user, { settings: requestSettings, allowance, decks, dueBefore });
  const remaining: RemainingCounts = { learning: total.learning, review: total.review, new: total.new };
  if (!head) return { card: null, intervals: null, remaining, studyDay };

  const card = yield* studyCardPlan(user, head.cardId, settings.targetAnswerSeconds);
  const state = head.card.state ? yield* headStatePlan(user, head.cardId) : null;
  const previews = previewIntervals({ state, cardId: head.cardId, now, settings: w ? { ...settings, w } : settings });
  const intervals = Object.fromEntries(previews.map((p) => [String(p.rating), { label: p.label, due: p.due.toISOString() }]));
  return { card, intervals: intervals as NextCard["intervals"], remaining, studyDay };
}

/**
 * The next card of the user's session (optionally one deck; `ahead` pulls in
 * reviews due within a week), with the interval each grade would give.
 */
export async function getNextCard(user: SessionUser, opts: { deckId?: string; tag?: string; ahead?: boolean; now: Date }): Promise<NextCard> {
  return readPlan(() => nextCardPlan(user, opts));
}

const STUDY_CARD_SQL = `SELECT c."id" AS "id", c."kind" AS "kind", c."prompt" AS "prompt", c."given" AS "given", c."answer" AS "answer", c."tips" AS "tips",
    c."steps" AS "steps", c."parentId" AS "parentId", p."prompt" AS "parentPrompt", d."id" AS "deckId", d."title" AS "deckTitle",
    s."version" AS "version"
  FROM "card" c JOIN "deck" d ON d."id" = c."deckId"
  LEFT JOIN "card" p ON p."id" = c."parentId"
  LEFT JOIN "card_state" s ON s."userId" = ? AND s."cardId" = c."id"
  WHERE c."id" = ?`;

type StudyCardRow = Omit<StudyCard, "given" | "tips" | "steps" | "version" | "targetSeconds" | "parentPrompt" | "parentId"> & {
  given: string | null;
  tips: string;
  steps: string | null;
  parentId: string | null;
  parentPrompt: string | null;
  version: unknown;
};

/** One card as the study page shows it, inside a plan. */
export function* studyCardPlan(user: SessionUser, cardId: string, targetAnswerSeconds: number): SqlPlan<StudyCard> {
  const [row] = yield* selectRows<StudyCardRow>(STUDY_CARD_SQL, user.id, cardId);
  if (!row) throw notFound("카드를 찾을 수 없습니다.");
  return {
    id: row.id,
    kind: row.kind as CardKind,
    prompt: row.prompt,
    ...(row.given ? { given: row.given } : {}),
    answer: row.answer,
    tips: parseStringList(row.tips),
    ...(row.steps ? { steps: parseStringList(row.steps) } : {}),
    ...(row.parentId ? { parentId: row.parentId, parentPrompt: row.parentPrompt ?? undefined } : {}),
    deckId: row.deckId,
    deckTitle: row.deckTitle,
    version: toNum(row.version),
    targetSeconds: targetAnswerSeconds > 0 ? targetAnswerSeconds : estimateTargetSeconds(row.answer),
  };
}

export async function loadStudyCard(user: SessionUser, cardId: string, targetAnswerSeconds: number): Promise<StudyCard> {
  return readPlan(() => studyCardPlan(user, cardId, targetAnswerSeconds));
}
