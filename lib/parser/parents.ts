/**
 * Linking follow-up questions to the card of the topic they follow.
 */
import { RANK, type CardDraft } from "./draft";
import { asksForRemedy } from "./own-question";

interface Entry {
  draft: CardDraft;
  id: string;
}

/** Words of a text for overlap scoring; Latin and Hangul runs split apart, common particles dropped. */
export function words(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/[a-z0-9_]+|[가-힣]+/g)) {
    let w = m[0];
    if (/^[가-힣]+$/.test(w) && w.length > 2) w = w.replace(/(에서|으로|에게|이란|은|는|이|가|을|를|의|와|과|로|에|도|란)$/, "");
    // (a lone syllable left beside Latin, "GC와" → "와", is a particle, not a word)
    if (w && !/^[가-힣]$/.test(w)) out.add(w);
  }
  return out;
}

/**
 * A follow-up of a topic that holds several questions of its own (rows of a
 * question table, quiz items) and no script: the question before it that
 * shares the most words with it, else the last question before it.
 */
function askedAmong(primaries: Entry[], anchor: string, e: Entry): Entry | undefined {
  const own = primaries.filter((p) => p.draft.topicKey === anchor);
  if (own.length < 2 || own.some((p) => p.draft.kind === "script" || p.draft.role === "explain" || !p.draft.role)) return undefined;
  const before = own.filter((p) => p.draft.lineStart < e.draft.lineStart);
  return sharingMostWords(before, e) ?? before[before.length - 1];
}

/** The earliest of some questions that shares the most words with a follow-up (at least one), if any. */
function sharingMostWords(candidates: Entry[], e: Entry): Entry | undefined {
  let best: Entry | undefined;
  let bestScore = 0;
  for (const p of candidates) {
    const score = sharedWords(p, e);
    if (score > bestScore) [best, bestScore] = [p, score];
  }
  return best;
}

/** How many words of `e`'s question `p`'s question shares. */
function sharedWords(p: Entry, e: Entry): number {
  const q = words(e.draft.prompt);
  let score = 0;
  for (const w of words(p.draft.prompt)) if (q.has(w)) score++;
  return score;
}

/**
 * A follow-up section written beside several asked question headings of a
 * section without a card of its own (one member's answers, one week's
 * questions) follows the question heading just before it, not the section's
 * first: each of those questions is a topic of its own.
 */
function questionBeforeLabel(primaries: Entry[], anchor: string, e: Entry): Entry | undefined {
  const depth = e.draft.headingPath.length;
  // (a question heading under the label sits one level deeper than the questions; a listed or bold one sits in the label's own section)
  const heading = e.draft.role === "";
  const beside = primaries.filter((p) => p.draft.topicKey.startsWith(anchor + "\u001f") && p.draft.lineStart < e.draft.lineStart && (heading ? p.draft.headingPath.length < depth : p.draft.headingPath.length <= depth));
  if (beside.length < 2 || !beside.every((p) => p.draft.rank === RANK.question && p.draft.role === "")) return undefined;
  if (heading) return beside[beside.length - 1];
  // ("**Q. Minor GC와 Major GC의 차이는?**" under "## 꼬리질문 대비" after Q1–Q4: the question it shares words with, else the last)
  return sharingMostWords(beside, e) ?? beside[beside.length - 1];
}

/**
 * Keep under `key` the topic's own card: its script card if any, else its first by line (the topic's
 * own card is made after the questions asked among its notes, yet stands before them).
 */
function keepTopicCard<K>(cards: Map<K, Entry>, key: K, e: Entry): void {
  const cur = cards.get(key);
  if (!cur || (cur.draft.kind !== "script" && (e.draft.kind === "script" || e.draft.lineStart < cur.draft.lineStart))) cards.set(key, e);
}

/**
 * Resolve `parentId` for follow-ups. A follow-up written right after the
 * question it follows (its parent draft) belongs to that question's card,
 * even when that question is itself a follow-up ("…면 되는 것인가?" then
 * "그렇다면 …?"). A follow-up under a topic heading
 * belongs to that topic's card (its script card if any, else its first).
 * A deck-level follow-up goes to the earlier topic whose title shares the
 * most words with the question; failing that, the most recent script or
 * steps card before it; failing that, the nearest card before it not nested
 * deeper than it; failing that, the deck's first card. A follow-up with no
 * possible parent becomes a plain qa card, which later follow-ups may follow.
 */
export function resolveParents(entries: Entry[]): Map<Entry, string | undefined> {
  const result = new Map<Entry, string | undefined>();
  const primaries = entries.filter((e) => e.draft.kind !== "followup");
  // a follow-up that finds no parent stands as a question of its own, which a later deck-level follow-up
  // nested deeper may follow when it shares the question's words (not merely for coming after it, and
  // not from beside it: questions side by side stay so)
  const stood = new Set<Entry>();
  const stands = (e: Entry): void => {
    result.set(e, undefined);
    stood.add(e);
  };
  const byTopic = new Map<string, Entry>();
  for (const e of primaries) keepTopicCard(byTopic, e.draft.topicKey, e);
  // (a heading repeated under one heading, "## Q1. Delegate 패턴을 …" written by two members, makes one key for two
  // topics: a follow-up goes to the card of its own topic's section, not the first with that key)
  const bySection = new Map<number, Entry>();
  for (const e of primaries) if (e.draft.topicIndex !== undefined) keepTopicCard(bySection, e.draft.topicIndex, e);
  const topicOf = (e: Entry, anchor: string) => {
    const own = e.draft.anchorIndex !== undefined ? bySection.get(e.draft.anchorIndex) : undefined;
    return own && own.draft.topicKey === anchor ? own : byTopic.get(anchor);
  };
  const byDraft = new Map(entries.map((e) => [e.draft, e]));
  // a follow-up written as a question heading is itself the topic of the questions nested under it
  const followupTopics = new Map<string, Entry>();
  for (const e of entries) if (e.draft.kind === "followup" && e.draft.role === "" && e.draft.topicKey && !followupTopics.has(e.draft.topicKey)) followupTopics.set(e.draft.topicKey, e);
  for (const e of entries) {
    if (e.draft.kind !== "followup") continue;
    const own = e.draft.parentDraft ? byDraft.get(e.draft.parentDraft) : undefined;
    if (own) {
      result.set(e, own.id);
      continue;
    }
    const anchor = e.draft.anchorKey;
    const direct = anchor !== undefined ? (askedAmong(primaries, anchor, e) ?? topicOf(e, anchor) ?? followupTopics.get(anchor)) : undefined;
    if (direct && direct !== e) {
      // (a note-level follow-up, "## 💬 꼬리 질문" at the end of a note of many topics, drills the topic it names
      // when one shares two words or more with it, more than the note's own card does)
      const named = e.draft.anchorIsDeck ? namedTopic(primaries, byTopic, e, direct) : undefined;
      result.set(e, (named ?? direct).id);
      continue;
    }
    if (anchor && !e.draft.anchorIsDeck) {
      // (a heading over many topics with no card of its own, "## 📝 핵심 정리", before "## 💬 꼬리 질문": each question
      // follows the topic under it that it names, "didReceiveMemoryWarning은 언제 오나요?" the "### didReceiveMemoryWarning")
      const named = topicNamedUnder(primaries, anchor, e);
      if (named) {
        result.set(e, named.id);
        continue;
      }
      // a topic without a card of its own: its first card below it, else none (the question stands alone)
      // (…written before the question it would follow: it follows nothing, it is one more question)
      const below = questionBeforeLabel(primaries, anchor, e) ?? primaries.find((p) => p.draft.topicKey.startsWith(anchor + "\u001f"));
      // (…or, for a question heading, a heading beside it at its own level: a peer, not the topic it asks about)
      const peer = !!below && e.draft.role === "" && below.draft.headingPath.length === e.draft.headingPath.length;
      if (below && below.draft.lineStart < e.draft.lineStart && !peer) result.set(e, below.id);
      else stands(e);
      continue;
    }
    const before = primaries.filter((p) => p.draft.lineStart < e.draft.lineStart);
    const q = words(e.draft.prompt);
    let best: Entry | undefined;
    let bestScore = 0;
    const seen = new Set<string>();
    for (let i = before.length - 1; i >= 0; i--) {
      const key = before[i]!.draft.topicKey;
      if (seen.has(key)) continue;
      seen.add(key);
      const rep = byTopic.get(key)!;
      let score = 0;
      for (const w of words(rep.draft.topicTitle)) if (q.has(w)) score++;
      if (score > bestScore) [best, bestScore] = [rep, score];
    }
    for (const p of stood) {
      // (only from a section nested deeper than that question's, as a follow-up label's are)
      if (p.draft.lineStart >= e.draft.lineStart || e.draft.headingPath.length <= p.draft.headingPath.length) continue;
      let score = 0;
      for (const w of words(p.draft.prompt)) if (q.has(w)) score++;
      if (score > bestScore) [best, bestScore] = [p, score];
    }
    // (else the nearest question before it that is not nested deeper than it: the one its section follows)
    const depth = e.draft.headingPath.length;
    const placed = [...before].reverse();
    best ??= placed.find((p) => p.draft.kind === "script" || p.draft.kind === "steps") ?? placed.find((p) => p.draft.headingPath.length <= depth) ?? primaries[0];
    if (best) result.set(e, best.id);
    else stands(e);
  }
  return result;
}

/** Words any question or facet uses ("이유", "차이", "방법"): sharing them names no topic. */
const ASKING_WORDS = new Set(["이유", "차이", "차이점", "방법", "장점", "단점", "장단점", "특징", "설명", "경우", "사용", "정의", "개념", "종류", "역할", "효과", "핵심", "무엇", "어떻게", "언제", "필요", "주의", "동작", "방식", "원리", "과정", "구조", "문제", "상태", "발생", "해결", "처리", "구현", "흐름", "성능", "비교", "관련"]);

/**
 * The one topic card under `anchor` (two topics or more there, all before the follow-up) that the follow-up names: it
 * shares two words with its title, or one name of six Latin letters or more ("bgtaskscheduler"), and no other topic
 * shares as much. (One naming none of them goes to the first card under the summary, as before: the labels of the
 * development set have it so, 3 to 3.)
 */
function topicNamedUnder(primaries: Entry[], anchor: string, e: Entry): Entry | undefined {
  const under = primaries.filter((p) => p.draft.topicKey.startsWith(anchor + "\u001f") && p.draft.lineStart < e.draft.lineStart && p.draft.rank !== RANK.question);
  if (new Set(under.map((p) => p.draft.topicKey)).size < 2) return undefined;
  const q = words(e.draft.prompt);
  const score = (p: Entry) => {
    const shared = [...words(p.draft.topicTitle)].filter((w) => q.has(w) && !ASKING_WORDS.has(w));
    return shared.length >= 2 ? shared.length : shared.some((w) => /^[a-z_][a-z0-9_]{5,}$/.test(w)) ? 1.5 : 0;
  };
  const ranked = under.map((p) => [p, score(p)] as const).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  return best && best[1] > 0 && (!second || second[1] < best[1] || second[0].draft.topicKey === best[0].draft.topicKey) ? best[0] : undefined;
}

/** The earlier topic whose title shares two words or more with a follow-up, and more than `direct`'s does. */
function namedTopic(primaries: Entry[], byTopic: Map<string, Entry>, e: Entry, direct: Entry): Entry | undefined {
  const q = words(e.draft.prompt);
  const score = (t: string) => [...words(t)].filter((w) => q.has(w)).length;
  let best: Entry | undefined;
  const deckScore = Math.max(1, score(direct.draft.topicTitle), score(direct.draft.prompt));
  let bestScore = deckScore;
  for (const p of primaries) {
    if (p.draft.lineStart >= e.draft.lineStart || p.draft.topicKey === direct.draft.topicKey) continue;
    const rep = byTopic.get(p.draft.topicKey) ?? p;
    const s = score(rep.draft.topicTitle);
    // (a topic naming it as fully as the note's title does is the narrower, so the one it drills:
    // "Q1. Protocol Oriented Programming이 뭔가요?" under "Day 3 — Protocol Oriented Programming & Generics"
    // follows "1. Protocol Oriented Programming이란?")
    if (s > bestScore || (!best && s >= 2 && s === deckScore)) [best, bestScore] = [rep, s];
  }
  return best;
}

/** "그럼", "그렇다면", "그러면" opening a question (a "+" or quote marker aside): drawn from the answer just given. */
export const SO_THEN = /^[+\s>*_]*(그렇다면|그러면|그럼|그렇담)[\s,]/;

/**
 * "그럼 …?" after a follow-up drills either that follow-up or the question
 * both follow. Labellers split (3 to that follow-up, 2 to the main question),
 * and the words decide: it goes back to the main question only when it shares
 * two or more words more with that question than with the follow-up before it ("그럼 weak을
 * 쓰면 … 미소유 참조에 옵셔널 타입을" under "미소유 옵셔널 참조", after "weak과 무슨 차이?"),
 * and never after a "그럼 …?" of its own.
 */
export function liftSoThenFollowups(entries: Entry[], parents: Map<Entry, string | undefined>): void {
  const byId = new Map(entries.map((e) => [e.id, e]));
  for (const e of entries) {
    const parentId = parents.get(e);
    const parent = parentId ? byId.get(parentId) : undefined;
    // (after a "그럼 …?" of its own the interviewer is drilling down one line of thought: the chain stays)
    if (e.draft.kind !== "followup" || !parent || parent.draft.kind !== "followup" || !SO_THEN.test(e.draft.prompt) || SO_THEN.test(parent.draft.prompt)) continue;
    const grandId = parents.get(parent);
    const grand = grandId ? byId.get(grandId) : undefined;
    if (grand && sharedWords(grand, e) >= sharedWords(parent, e) + 2) parents.set(e, grandId);
  }
}

/**
 * "해결 방법은 무엇인가요?" right after a follow-up that named a problem ("…어떤 경우에 worst case가
 * 발생하나요?"), both following one question: it asks the remedy of that problem, so it follows that
 * follow-up (own-question.ts, asksForRemedy).
 */
export function drillRemedyFollowups(entries: Entry[], parents: Map<Entry, string | undefined>): void {
  const inOrder = [...entries].sort((a, b) => a.draft.lineStart - b.draft.lineStart);
  for (const [i, e] of inOrder.entries()) {
    const before = inOrder[i - 1];
    if (e.draft.kind !== "followup" || !before || before.draft.kind !== "followup" || !asksForRemedy(e.draft.prompt)) continue;
    if (parents.get(e) !== undefined && parents.get(before) === parents.get(e)) parents.set(e, before.id);
  }
}
