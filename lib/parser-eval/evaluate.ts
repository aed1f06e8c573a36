/**
 * Scoring a parser's cards against the labelled development set, per file.
 */
import type { ParsedCard } from "../parser/types";
import type { QuestionLabel } from "./labels";
import { fnv1a64 } from "../parser/ids";
import { hasDoubledRequest, normalizeQuestion, withoutGeneratedTail } from "../parser/question-key";

export interface FileScore {
  answered: number;
  exact: number;
  tolerated: number;
  followups: number;
  followupsTyped: number;
  /** Main questions the parser made a follow-up of something: the typed rate alone would not show this cost. */
  mainsAsFollowups: number;
  unanswered: number;
  unansweredCarded: number;
  cards: number;
  junkCards: number;
  doubled: number;
  /** Cards that match no label and sit in no junk range (for the labeller to look at). */
  unlabelled: number;
}

/** What went wrong in one file, for `parser-eval --misses`. */
export interface FileMisses {
  /** Answered questions with no exact card (line, kind, tolerated?). */
  missed: { line: number; kind: string; tolerated: boolean }[];
  /** Follow-ups found but not typed with the right parent. */
  untyped: { line: number; kind: string; parentLine: number; cardParentLine?: number }[];
  /** Main questions carded as follow-ups (line, the line of the parent they were given). */
  demoted: { line: number; cardParentLine?: number }[];
  /** Unanswered questions that became cards. */
  carded: { line: number; prompt: string }[];
  /** Cards matching no answered label. */
  junk: { line: number; prompt: string; inJunkSection: boolean }[];
}

export const emptyScore = (): FileScore => ({ answered: 0, exact: 0, tolerated: 0, followups: 0, followupsTyped: 0, mainsAsFollowups: 0, unanswered: 0, unansweredCarded: 0, cards: 0, junkCards: 0, doubled: 0, unlabelled: 0 });

const hashOf = (text: string) => fnv1a64(normalizeQuestion(text)).slice(0, 10);
/** Summary texts that only reveal an answer: a card with such a prompt is junk. */
const REVEAL_PROMPT = /^(정답|답|답변|해설|정답\s*(보기|확인하기?)|답변\s*보기|상세\s*설명\s*보기|펼치기|answer|show( answer)?|click( me)?)(에\s*대해\s*설명해\s*주세요)?[.!]?$/i;

/**
 * Score one file. A label matches a card whose prompt normalises to the same
 * text ("exact"; for topics after removing the generated request tail), or
 * does so once a generated tail is removed ("tolerated"). Each card matches
 * at most one label, nearest line first. `matched`, when given, receives
 * the label each card matched (by card index).
 */
export function scoreFile(labels: QuestionLabel[], cards: ParsedCard[], misses?: FileMisses, matched?: Map<number, QuestionLabel>): FileScore {
  const s = emptyScore();
  s.cards = cards.length;
  const exactHash = cards.map((c) => hashOf(c.prompt));
  const tailHash = cards.map((c) => hashOf(withoutGeneratedTail(c.prompt)));
  // a topic written as "this 에 대해서" gets only "설명해 주세요" added: the topic is the heading as written
  const requestHash = cards.map((c) => hashOf(c.prompt.trim().replace(/(에\s*(대해서|대하여|대해|관해서|관해))\s*(설명해\s*주세요|설명해주세요)[.!]?$/, "$1")));
  const used = new Map<number, QuestionLabel>();
  const cardOf = new Map<QuestionLabel, { index: number; exact: boolean }>();
  const questions = labels.filter((l) => l.kind !== "junk");
  const pairs: { label: QuestionLabel; index: number; exact: boolean; dist: number }[] = [];
  for (const label of questions) {
    cards.forEach((c, i) => {
      const exact = label.form === "t" ? tailHash[i] === label.hash || requestHash[i] === label.hash : exactHash[i] === label.hash;
      const tolerated = tailHash[i] === label.hash || (label.form === "t" && requestHash[i] === label.hash);
      if (exact || tolerated) pairs.push({ label, index: i, exact, dist: Math.abs(c.lineStart - label.line) * 2 + (exact ? 0 : 1) });
    });
  }
  pairs.sort((a, b) => a.dist - b.dist);
  for (const p of pairs) {
    if (used.has(p.index) || cardOf.has(p.label)) continue;
    used.set(p.index, p.label);
    cardOf.set(p.label, { index: p.index, exact: p.exact });
  }
  if (matched) for (const [i, l] of used) matched.set(i, l);
  const byLine = new Map(questions.map((l) => [l.line, l]));
  for (const label of questions) {
    const hit = cardOf.get(label);
    if (label.kind === "unanswered") {
      s.unanswered++;
      if (hit) s.unansweredCarded++;
      if (hit) misses?.carded.push({ line: label.line, prompt: cards[hit.index]!.prompt });
      continue;
    }
    s.answered++;
    if (hit?.exact) s.exact++;
    if (hit) s.tolerated++;
    if (!hit?.exact) misses?.missed.push({ line: label.line, kind: label.kind, tolerated: !!hit });
    if (label.kind === "main" && hit && cards[hit.index]!.kind === "followup") {
      s.mainsAsFollowups++;
      misses?.demoted.push({ line: label.line, cardParentLine: cards.find((c) => c.id === cards[hit.index]!.parentId)?.lineStart });
    }
    if (label.kind === "followup") {
      s.followups++;
      const parent = byLine.get(label.ref);
      const parentHit = parent ? cardOf.get(parent) : undefined;
      const card = hit ? cards[hit.index]! : undefined;
      if (card && card.kind === "followup" && parentHit && card.parentId === cards[parentHit.index]!.id) s.followupsTyped++;
      else if (card) misses?.untyped.push({ line: label.line, kind: card.kind, parentLine: label.ref, cardParentLine: cards.find((c) => c.id === card.parentId)?.lineStart });
    }
  }
  const junkRanges = labels.filter((l) => l.kind === "junk").map((l) => [l.line, Math.max(l.line, l.ref)] as const);
  cards.forEach((c, i) => {
    if (hasDoubledRequest(c.prompt)) s.doubled++;
    const label = used.get(i);
    if (label) {
      if (label.kind === "unanswered") return;
      return;
    }
    const inJunk = REVEAL_PROMPT.test(c.prompt.trim()) || junkRanges.some(([a, b]) => c.lineStart >= a && c.lineStart <= b);
    if (inJunk) s.junkCards++;
    else s.unlabelled++;
    misses?.junk.push({ line: c.lineStart, prompt: c.prompt, inJunkSection: inJunk });
  });
  return s;
}

/** Add `b` into `a`. */
export function addScore(a: FileScore, b: FileScore): FileScore {
  for (const k of Object.keys(emptyScore()) as (keyof FileScore)[]) a[k] += b[k];
  return a;
}
