/**
 * Whether a question written inside an answer asks something of its own, or only
 * restates the question it sits under ("그렇다면 어떻게 해결할까?" under "교착 상태는
 *어떻게 해결하나요?") or asks nothing without its context ("왜 그럴까?").
 */

/** Words that point back or ask, and name nothing. */
const ASKING_WORDS = new Set([
  "왜", "어떻게", "무엇", "무엇이", "무엇을", "무엇일까", "뭘까", "뭐", "뭐가", "뭔가", "어떤", "언제", "어디서", "어디에", "누가",
  "그럴까", "그런가", "그런가요", "그렇다면", "그러면", "그럼", "그런데", "이런", "이러한", "그러한", "그런", "이건", "이것은", "그건", "그것은",
  "이유는", "이유", "일까", "될까", "할까", "인가", "인가요", "걸까", "있을까", "없을까",
  "so", "then", "why", "how", "what", "is", "it", "that", "this", "does", "do", "the", "a", "an",
]);

/** A word's stem: a Hangul word's first two syllables, other words without a trailing particle. */
function stemOf(word: string): string {
  if (/^[\uAC00-\uD7A3]/.test(word)) return word.slice(0, 2);
  return word.replace(/[\uAC00-\uD7A3]+$/, "").toLowerCase();
}

/** The stems a question names beyond its asking words. */
function namedStems(question: string): string[] {
  return question
    .replace(/[?？.!,:;"'`*_()[\]]/g, " ")
    .split(/\s+/)
    .filter((w) => w && !ASKING_WORDS.has(w.toLowerCase()))
    .map(stemOf)
    .filter((s) => s.length > 0);
}

/**
 * True when `question` names something `parent` does not: a stem of its own words
 * (asking and pointing words aside) that the parent question lacks.
 */
export function asksOfItsOwn(question: string, parent: string): boolean {
  const asked = parent.toLowerCase().replace(/\s+/g, "");
  return namedStems(question).some((stem) => !asked.includes(stem));
}
