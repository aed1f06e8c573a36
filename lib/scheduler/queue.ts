import { State } from "ts-fsrs";
import type { CardStateRow } from "./fsrs-mapping";
import type { SchedulerSettings } from "./settings";
import { endOfStudyDay } from "./study-day";

const MINUTE_MS = 60_000;

/** A study-session candidate: one card plus this user's progress on it. */
export interface QueueCard {
  cardId: string;
  /** Deck order (`card.position`); must be comparable across the decks passed in. */
  position: number;
  /** Set for follow-ups (`kind = followup`): the card they drill into. */
  parentId: string | null;
  /** `card.archivedAt != null`: removed from its deck, never studied. */
  archived: boolean;
  /** `card_state.suspended`. */
  suspended: boolean;
  /** The FSRS columns of `card_state` the queue orders by; null = never graded (new). */
  state: QueueState | null;
  /** `card_state.lastRating`: 0 never graded, 1 Again … 4 Easy. */
  lastRating: number;
  /** `card_state.passedAt`: first Good/Easy. */
  passedAt: Date | null;
}

/** What the queue reads of a card's FSRS state (a full {@link CardStateRow} has it). */
export type QueueState = Pick<CardStateRow, "due" | "state" | "scheduledDays">;

/** How a parent stands, for follow-ups whose parent is not among `cards`. */
export interface ParentStatus {
  /** Graded Good or Easy at least once (`passedAt` set). */
  passed: boolean;
  /** In Relearning, or the last rating was Again, or itself held back (a follow-up whose topic is failing). */
  failing: boolean;
  /**
   * Due in this queue's range but not among `cards` (the caller read only the head of each
   * range): its follow-ups wait for it, as they would wait right behind it in the full queue.
   */
  due?: boolean;
}

export interface BuildQueueInput {
  cards: readonly QueueCard[];
  now: Date;
  settings: Pick<SchedulerSettings, "timezone" | "dayStartHour" | "newPerDay">;
  /** New cards already introduced today (review logs of this study day with state New). */
  newIntroducedToday: number;
  /**
   * New follow-ups that may still be introduced today. When given, unlocked
   * follow-ups have this limit of their own and do not use up the new-card
   * limit (so a session never stops between a topic and its follow-ups);
   * when absent they share `newPerDay` with topics.
   */
  followupLimit?: number;
  /** Parents outside `cards` (e.g. another deck), by card id. Unknown parents keep follow-ups locked. */
  externalParents?: ReadonlyMap<string, ParentStatus>;
  /**
   * Reviews and interday steps due before this are served: the end of today's study day
   * by default; studying ahead passes a later bound.
   */
  dueBefore?: Date;
  /**
   * Same-day learning steps due within this many minutes are appended after
   * the new cards, so a session can finish instead of waiting (Anki's
   * "learn ahead limit"). Default 20.
   */
  learnAheadMinutes?: number;
}

export type QueueKind = "learning" | "review" | "new";

export interface QueueItem {
  cardId: string;
  kind: QueueKind;
  /** Null for a never-graded card. */
  due: Date | null;
  card: QueueCard;
}

export interface StudyQueue {
  /** What to study now, in order. */
  items: QueueItem[];
  /** Learning steps due later this study day (beyond learn-ahead), by due. */
  waiting: QueueItem[];
  /** New cards that may still be introduced today after this queue's. */
  newLimitLeft: number;
}

export interface RemainingCounts {
  learning: number;
  review: number;
  new: number;
}

/** Is the card's own progress a failing one? (Relearning, or last graded Again.) */
function isFailing(card: QueueCard): boolean {
  return card.state?.state === State.Relearning || card.lastRating === 1;
}

function isNew(card: QueueCard): boolean {
  return card.state === null || card.state.state === State.New;
}

const byDue = (a: QueueItem, b: QueueItem) =>
  (a.due?.getTime() ?? 0) - (b.due?.getTime() ?? 0) || a.card.position - b.card.position || cmp(a.cardId, b.cardId);
const byPosition = (a: QueueCard, b: QueueCard) => a.position - b.position || cmp(a.cardId, b.cardId);
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Follow-up gating. A follow-up drills into its parent topic, so:
 * - it is hidden (whatever its own state) while the parent is failing, or
 *   while the parent is itself hidden — fix the topic before the details;
 * - as a new card it unlocks only once the parent has been passed.
 * Returns a predicate "may this card appear at all".
 */
function makeGate(cards: readonly QueueCard[], external: ReadonlyMap<string, ParentStatus> | undefined) {
  const byId = new Map(cards.map((c) => [c.cardId, c] as const));
  const memo = new Map<string, boolean>();

  const parentStatus = (parentId: string): ParentStatus | null => {
    const parent = byId.get(parentId);
    if (parent) return { passed: parent.passedAt !== null, failing: isFailing(parent) };
    return external?.get(parentId) ?? null;
  };

  // "Blocked" = hidden because some ancestor is failing; `seen` guards cycles.
  const blocked = (card: QueueCard, seen: Set<string>): boolean => {
    if (!card.parentId) return false;
    const cached = memo.get(card.cardId);
    if (cached !== undefined) return cached;
    if (seen.has(card.cardId)) return true; // a cycle in the data: keep it out
    seen.add(card.cardId);
    const status = parentStatus(card.parentId);
    const parent = byId.get(card.parentId);
    const result =
      status === null || status.failing || (parent !== undefined && blocked(parent, seen));
    memo.set(card.cardId, result);
    return result;
  };

  return (card: QueueCard): boolean => {
    if (card.archived || card.suspended) return false;
    if (!card.parentId) return true;
    if (blocked(card, new Set())) return false;
    if (!byId.has(card.parentId) && external?.get(card.parentId)?.due) return false;
    // Already studied follow-ups stay in rotation; new ones wait for a pass.
    return !isNew(card) || parentStatus(card.parentId)?.passed === true;
  };
}

/**
 * Moves every follow-up whose parent is in the list to just after that
 * parent (and its own follow-ups after it), keeping relative order otherwise.
 */
function placeFollowUpsAfterParents(items: QueueItem[]): QueueItem[] {
  const inQueue = new Set(items.map((i) => i.cardId));
  const children = new Map<string, QueueItem[]>();
  for (const item of items) {
    const p = item.card.parentId;
    if (!p || !inQueue.has(p)) continue;
    const siblings = children.get(p);
    if (siblings) siblings.push(item);
    else children.set(p, [item]);
  }
  const out: QueueItem[] = [];
  const emitted = new Set<string>();
  const emit = (item: QueueItem) => {
    if (emitted.has(item.cardId)) return;
    emitted.add(item.cardId);
    out.push(item);
    for (const child of children.get(item.cardId) ?? []) emit(child);
  };
  for (const item of items) {
    const p = item.card.parentId;
    if (!p || !inQueue.has(p)) emit(item);
  }
  for (const item of items) emit(item); // parent cycles in bad data: keep, don't drop
  return out;
}

/**
 * Builds today's study queue from candidate cards. Order:
 * 1. learning/relearning cards already due (same-day steps: due ≤ now;
 *    interday steps: due today), by due;
 * 2. review cards due before the end of today's study day, by due;
 * 3. new cards by position, up to newPerDay − newIntroducedToday;
 * 4. same-day learning steps due within `learnAheadMinutes`, by due.
 * Then each eligible follow-up is moved right after its parent if the parent
 * is queued. Suspended and archived cards never appear.
 */
export function buildQueue(input: BuildQueueInput): StudyQueue {
  const { cards, now, settings } = input;
  const endOfDay = (input.dueBefore ?? endOfStudyDay(now, settings.timezone, settings.dayStartHour)).getTime();
  const learnAheadUntil = now.getTime() + (input.learnAheadMinutes ?? 20) * MINUTE_MS;
  const allowed = makeGate(cards, input.externalParents);

  const learningDue: QueueItem[] = [];
  const learnAhead: QueueItem[] = [];
  const waiting: QueueItem[] = [];
  const reviews: QueueItem[] = [];
  const fresh: QueueCard[] = [];

  for (const card of cards) {
    if (!allowed(card)) continue;
    const state = card.state;
    if (state === null || state.state === State.New) {
      fresh.push(card);
      continue;
    }
    const due = state.due.getTime();
    if (due >= endOfDay) continue; // not today
    if (state.state === State.Review) {
      reviews.push({ cardId: card.cardId, kind: "review", due: state.due, card });
      continue;
    }
    const item: QueueItem = { cardId: card.cardId, kind: "learning", due: state.due, card };
    // Interday steps ("1d") behave like reviews: due any time today counts.
    if (due <= now.getTime() || state.scheduledDays >= 1) learningDue.push(item);
    else if (due <= learnAheadUntil) learnAhead.push(item);
    else waiting.push(item);
  }

  const newLimit = Math.max(0, settings.newPerDay - Math.max(0, input.newIntroducedToday));
  const own = input.followupLimit;
  const chosen =
    own === undefined
      ? fresh.sort(byPosition).slice(0, newLimit)
      : [
          ...fresh.filter((c) => !c.parentId).sort(byPosition).slice(0, newLimit),
          ...fresh.filter((c) => c.parentId).sort(byPosition).slice(0, Math.max(0, own)),
        ].sort(byPosition);
  const newItems: QueueItem[] = chosen.map((card) => ({ cardId: card.cardId, kind: "new", due: null, card }));
  const topicsTaken = own === undefined ? newItems.length : newItems.filter((i) => !i.card.parentId).length;

  const items = placeFollowUpsAfterParents([
    ...learningDue.sort(byDue),
    ...reviews.sort(byDue),
    ...newItems,
    ...learnAhead.sort(byDue),
  ]);
  return { items, waiting: waiting.sort(byDue), newLimitLeft: newLimit - topicsTaken };
}

/**
 * Does this item sit before every new card in the queue's order (a learning step due now, an
 * interday step due today, or a review)? Then no new card can come before it, whatever the
 * new candidates are.
 */
export function isServedBeforeNewCards(item: QueueItem, now: Date): boolean {
  if (item.kind === "review") return true;
  if (item.kind !== "learning" || !item.due) return false;
  return item.due.getTime() <= now.getTime() || (item.card.state?.scheduledDays ?? 0) >= 1;
}

/**
 * Counts for the session header. Learning includes steps waiting later
 * today, since they are still to be done this study day.
 */
export function remainingCounts(queue: StudyQueue | readonly QueueItem[]): RemainingCounts {
  const items = "items" in queue ? [...queue.items, ...queue.waiting] : queue;
  const counts: RemainingCounts = { learning: 0, review: 0, new: 0 };
  for (const item of items) counts[item.kind] += 1;
  return counts;
}

/**
 * Rough seconds per card by kind, for spoken answers: a new card is read,
 * then said aloud; reviews and learning steps are one spoken attempt.
 * Replace with the user's own averages (review_log.durationMs) when known.
 */
export const DEFAULT_SECONDS_PER_CARD: Readonly<RemainingCounts> = Object.freeze({
  learning: 45,
  review: 60,
  new: 120,
});

/** Estimated whole minutes (rounded up) to get through `counts`. */
export function estimateMinutes(
  counts: RemainingCounts,
  secondsPerCard: Readonly<RemainingCounts> = DEFAULT_SECONDS_PER_CARD,
): number {
  const seconds =
    counts.learning * secondsPerCard.learning + counts.review * secondsPerCard.review + counts.new * secondsPerCard.new;
  return Math.ceil(seconds / 60);
}
