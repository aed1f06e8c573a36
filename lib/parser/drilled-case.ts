/**
 * A question that bends or widens the case the answer before it gave: "만약에
 * 끝에서만 삽입한다면 …?", "…방식 말고 다른 모델도 있나요?", "…도 같은 현상이
 * 일어나나요?". Each must name something the question before it named (or its
 * answer, for "그중 …"): a question bank's scenarios ("만약 트래픽이 10배로
 * 늘어나면 …?", "REST 말고 다른 설계 방식은?") ask on their own.
 */
import { DOUBT, HYPOTHETICAL } from "./body-followups";

const SUPPOSING = /^[+\s]*만약(에)?[\s,]/;
/** "그중 …?", "그 중에서 …?": a question about one of the things asked or answered just before (it names one of them too). */
export const OF_THOSE = /^[+\s]*그\s*중(에서|에)?(는)?[\s,]/;
/** A particle after a noun ("ArrayList의", "큐를", "컨테이너를"). */
const PARTICLE = /(에서는|에서|으로|에는|에게|와의|과의|은|는|이|가|을|를|의|에|와|과|로|도|만)$/;
/** A word that is a predicate or connective, not a name ("삭제하면", "늘어나면", "만든다면", "어떻게"). */
const PREDICATE = /(면|고|서|며|지|게|니|요|다|까|죠|데|해|한|할|된|될|인|던|린|운|은)$|^(어떻게|어떤|무엇|왜|갑자기|먼저|다시|함께|모두|각각|그중|그중에서|만약|만약에|말고|다른|같은|가장)$/;

/** The names a text speaks of: Latin words, and Hangul words of two syllables or more, their particle aside. */
function namesIn(text: string): Set<string> {
  return new Set(
    text
      .replace(/[?？.!,:;"'`*_()[\]#>|-]/g, " ")
      .split(/\s+/)
      .map((w) => w.replace(PARTICLE, ""))
      // ("교체되면", "정렬하는": a noun made a verb names that noun)
      .map((w) => (/^[가-힣]{2,}(되면|하면|되어|하여|되는|하는|되고|하고|된|한|될|할)$/.test(w) ? w.replace(/(되면|하면|되어|하여|되는|하는|되고|하고|된|한|될|할)$/, "") : w))
      .filter((w) => w && !PREDICATE.test(w))
      .map((w) => w.toLowerCase())
      .filter((w) => /[a-z]{2,}/.test(w) || /^[가-힣]{2,}$/.test(w)),
  );
}

/** Whether `question` names, word for word, something `before` names (a question, with its answer perhaps). */
export function sharesName(question: string, before: string): boolean {
  const named = namesIn(before);
  return [...namesIn(question)].some((name) => named.has(name));
}

/** Whether `question` drills the case of the question just before it, `previous` (its prompt or title). */
export function drillsCase(question: string, previous: string): boolean {
  return HYPOTHETICAL.test(question) && sharesName(question.replace(SUPPOSING, ""), previous);
}

/**
 * Whether `question` doubts the answer just given ("…것 아닌가?", DOUBT), naming what the question before it asked and
 * what its answer said: only then is it put to that answer, not asked anew.
 */
export function doubtsAnswer(question: string, previous: { prompt: string; answer: string }): boolean {
  return DOUBT.test(question) && sharesName(question, previous.prompt) && sharesName(question, previous.answer);
}
