import { markdownToPlain } from "./plain-text";
import { STOPWORDS, stemOf, tokenize } from "./tokens";

/** The card fields the analysis reads. */
export interface AnalysisCard {
  kind: string;
  prompt: string;
  /** Markdown. */
  answer: string;
  steps?: readonly string[] | null;
}

export type KeyPointSource = "explicit" | "steps" | "list" | "terms";

export interface KeyPoint {
  text: string;
  source: KeyPointSource;
}

const LABEL = /^\s*(?:[-*+]\s+)?(?:\*\*|__)?\s*(핵심(?:\s*포인트)?|key\s*points?)\s*(?:\*\*|__)?\s*[:：]\s*(?:\*\*|__)?\s*(.*)$/i;
const LIST_ITEM = /^\s*(?:\d+[.)]|[-*+])\s+(.+)$/;
// Past/future tense and connective forms: a verb that took an object particle by accident (도착했을, 수신하더라도).
const PREDICATE = /(했|었|았|였|겠|됐|더라|하더라|하기|하지|되지|하|되)$/;
const MAX_TERMS = 10;
const MAX_NOUNS = 8;

/**
 * An explicit key-point list in the answer: a `핵심: a, b, c` /
 * `Key points: …` line, or that label alone followed by list items.
 * Returns null when the answer has none.
 */
export function explicitKeyPoints(answer: string): string[] | null {
  const lines = answer.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = LABEL.exec(lines[i]!);
    if (!m) continue;
    const rest = m[2]!.trim();
    const items: string[] = rest ? rest.split(/\s*[,，、;·]\s*/) : [];
    if (!rest) {
      for (let j = i + 1; j < lines.length; j++) {
        const item = LIST_ITEM.exec(lines[j]!);
        if (item) items.push(item[1]!);
        else if (lines[j]!.trim() || items.length) break;
      }
    }
    const clean = items.map((s) => markdownToPlain(s).trim().replace(/[.。]$/, "")).filter(Boolean);
    if (clean.length) return clean;
  }
  return null;
}

/** Technical terms written in Latin letters, code spans and bold text, most frequent first. */
function termsOf(answer: string): string[] {
  const counts = new Map<string, { text: string; n: number; first: number }>();
  const add = (text: string, at: number) => {
    const key = text.toLowerCase();
    const seen = counts.get(key);
    if (seen) seen.n++;
    else counts.set(key, { text, n: 1, first: at });
  };
  for (const m of answer.matchAll(/`([^`\n]{1,40})`|\*\*([^*\n]{1,40})\*\*/g)) add((m[1] ?? m[2]!).trim(), m.index);
  for (const t of tokenize(markdownToPlain(answer))) {
    if (t.script !== "latin" || STOPWORDS.has(t.raw.toLowerCase())) continue;
    // In Korean prose an English word is nearly always a term: acronyms, snake/camel case, capitalised or long words.
    const technical = /[A-Z]{2}|[_+]|[a-z][A-Z]|^[A-Z][a-z]{2,}$/.test(t.raw) || /^[a-z]{4,}$/.test(t.raw);
    if (technical && !/^\d+$/.test(t.raw)) add(t.raw, t.start);
  }
  return [...counts.values()].sort((a, b) => b.n - a.n || a.first - b.first).slice(0, MAX_TERMS).sort((a, b) => a.first - b.first).map((c) => c.text);
}

const NOMINAL = /(은|는|이|가|을|를|의|에서|으로|로|와|과|도|에게)$/;

/** The main noun of each sentence: its longest content word that carries a noun particle. */
function sentenceNouns(answer: string, taken: Set<string>): string[] {
  const out: string[] = [];
  for (const sentence of markdownToPlain(answer).split(/(?<=[.!?。])\s+|\n+/)) {
    let best = "";
    for (const t of tokenize(sentence)) {
      if (t.script !== "hangul" || t.attached || !NOMINAL.test(t.raw)) continue;
      const stem = stemOf(t.raw);
      if (stem.length < 2 || stem === t.raw || STOPWORDS.has(stem) || taken.has(stem) || PREDICATE.test(stem)) continue;
      if (stem.length > best.length) best = stem;
    }
    if (best) {
      taken.add(best);
      out.push(best);
    }
    if (out.length >= MAX_NOUNS) break;
  }
  return out;
}

/** An answer that is a list (a reasons card): its items, when there are two or more and little else. */
function listItems(answer: string): string[] | null {
  const lines = answer.split(/\r?\n/).filter((l) => l.trim());
  const items = lines.map((l) => LIST_ITEM.exec(l)?.[1]).filter((x): x is string => !!x);
  if (items.length < 2 || items.length < lines.length * 0.8) return null;
  return items.map((s) => markdownToPlain(s).trim()).filter(Boolean);
}

/**
 * The key points a spoken answer is checked against, in this order of
 * preference: the note's own `핵심:` list, the steps of a steps card, the
 * items of an answer that is a list (a reasons card), and otherwise the
 * answer's technical terms plus the main noun of each sentence.
 */
export function extractKeyPoints(card: AnalysisCard): KeyPoint[] {
  const explicit = explicitKeyPoints(card.answer);
  if (explicit) return explicit.map((text) => ({ text, source: "explicit" }));
  const steps = (card.steps ?? []).map((s) => markdownToPlain(s).trim()).filter(Boolean);
  if (card.kind === "steps" && steps.length) return steps.map((text) => ({ text, source: "steps" }));
  const items = listItems(card.answer);
  if (items) return items.map((text) => ({ text, source: "list" }));
  const terms = termsOf(card.answer);
  // A noun inside a bold/code term (컬렉션 of 가비지 컬렉션) is not a key point of its own.
  const taken = new Set(terms.flatMap((t) => [t.toLowerCase(), ...tokenize(t).map((w) => stemOf(w.raw))]));
  return [...terms, ...sentenceNouns(card.answer, taken)].map((text) => ({ text, source: "terms" }));
}
