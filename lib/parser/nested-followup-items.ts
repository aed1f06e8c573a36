/**
 * Follow-up questions written as items nested in a question item's answer, or
 * as headings in it (a Notion page exported as a list).
 */
import type { ListItem } from "mdast";
import { cleanAnswer, dedent, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { isGenericPart } from "./generic-part";
import { namesItsSubject } from "./own-question";
import { asksAsNounPhrase, isQuestion, stripQuestionPrefix, unwrapQuestion } from "./questions";

export interface NestedFollowup {
  question: string;
  answer: string;
  line: number;
  endLine: number;
  /** Questions nested in this one's answer: its own follow-ups. */
  followups?: NestedFollowup[];
}

/**
 * The writer thinking aloud inside an explanation, not an interviewer asking: "그렇다면 …은 어디에 있을까?",
 * "결국 …인 이유는?" (each step leans on the one before).
 */
const MUSING = /^(그렇다면|그러면|그럼|결국|그래서|즉|그런데)\s|까[?？]$/;

/**
 * A point of an answer that names something and explains it ("- 명령어 사이클" over its lines): its first
 * line a short name, not a sentence wrapped over lines, and no lead-in to the items under it ("…다음과 같다:").
 */
function namesThenExplains(point: string, more: boolean): boolean {
  const [name = "", ...lines] = point.split("\n");
  if (name.length > 30 || /[.,:：다요]$/.test(name.trim())) return false;
  return (lines.length > 0 || more) && !/[:：]\s*$|아래|다음과/.test(lines.at(-1) ?? "");
}

/** Characters of the item's own answer that must be left once its nested questions are cut out. */
const OWN_ANSWER_LEFT = 20;

/** Characters of an answer once list markers, emphasis and blank space are gone. */
const ownLength = (markdown: string) => markdown.replace(/^\s*([-*+]|\d{1,3}[.)])\s+/gm, "").replace(/[*_`>#\s]+/g, "").length;

/**
 * Questions nested in a question item's answer, each answered under itself
 * ("1. 콜백 함수에 대해 설명해주세요." → "- 답 …" → "1. 콜백 지옥을 해결하는
 * 방법은?" → "- 답 …"): the item's follow-ups. Returns the item's own answer
 * with them cut out, or null when there are none, or when too little of the
 * item's own answer would be left: sub-questions that make up the whole
 * answer are its outline, not questions an interviewer asks next.
 */
export function nestedFollowups(item: ListItem, source: string, answerStart: number, minOwnAnswer = OWN_ANSWER_LEFT): { answer: string; followups: NestedFollowup[] } | null {
  const followups: NestedFollowup[] = [];
  const cuts: [number, number][] = [];
  // (deeper: under a point of the answer; `pointSays`: that point explains something of its own besides the item;
  // `named`: a point drilled like its siblings, so a bold name over its own answer is asked there too)
  const take = (sub: ListItem, deeper: boolean, pointSays = false, named = false): NestedFollowup | null => {
    const bold = deeper;
    const [head, ...rest] = sub.children;
    if (!head || head.type !== "paragraph") return null;
    // ("- 운영체제란?" with its answer on the next lines of the same paragraph: the question is the first line)
    const lines = textOf(head).trim().split("\n");
    const continued = lines.length > 1 && !/[?？]\s*$/.test(lines.at(-1)!);
    if (rest.length === 0 && !continued) return null;
    if (lines.length > 1 && !continued) return null;
    const text = stripQuestionPrefix(lines[0]!.trim());
    // (one level deeper, under a point of the answer: a bold item that asks, or names what it asks as a noun phrase, "…의 차이")
    const boldAlone = bold && head.children.length === 1 && head.children[0]!.type === "strong";
    const asks = isQuestion(text) || (boldAlone && (asksAsNounPhrase(text) || (named && text.length <= 40)));
    // (…or an item there that asks with a question mark and names its subject, "- 인터럽트란?" under "- 명령어 사이클" and
    // its explanation, answered under itself; "누가 보증할까?", "왜 느릴까?" or "주의: …은?" there go on with the point)
    const askedThere = pointSays && /[?？]$/.test(text) && namesItsSubject(text) && !/^[^?？]{1,12}[:：]\s/.test(text) && !MUSING.test(text);
    if (text.length > 120 || !asks || (bold && head.children[0]?.type !== "strong" && !askedThere)) return null;
    const answerStart = continued ? source.indexOf("\n", startOf(head)) + 1 : startOf(rest[0]!);
    const answer = cleanAnswer(sliceDedent(source, answerStart, endOf(sub)));
    if (ownLength(answer) < 10) return null;
    cuts.push([startOf(sub), endOf(sub)]);
    return { question: unwrapQuestion(text), answer, line: lineOf(sub), endLine: endLineOf(sub) };
  };
  const children = item.children.slice(1);
  for (const [k, child] of children.entries()) {
    // ("    ### 여기서 …다른 언어는?" in the answer, after its own title and words: a heading that asks, answered under it)
    if (child.type === "heading" && k > 0) {
      const text = stripQuestionPrefix(textOf(child).trim());
      const after = children.findIndex((c, j) => j > k && c.type === "heading" && c.depth <= child.depth);
      const last = children[after === -1 ? children.length - 1 : after - 1]!;
      const end = after === -1 ? endOf(item) : source.lastIndexOf("\n", startOf(children[after]!) - 1);
      const answer = end > endOf(child) ? cleanAnswer(sliceDedent(source, endOf(child), end)) : "";
      if (text.length <= 120 && /[?？]$/.test(text) && isQuestion(text) && ownLength(answer) >= 10) {
        followups.push({ question: unwrapQuestion(text), answer, line: lineOf(child), endLine: endLineOf(last) });
        cuts.push([startOf(child), end]);
      }
      continue;
    }
    if (child.type !== "list") continue;
    const points: { sub: ListItem; name: string; leaves: NestedFollowup[] }[] = [];
    for (const sub of child.children as ListItem[]) {
      const own = take(sub, false);
      if (own) {
        followups.push(own);
        continue;
      }
      // ("- **추상화**" with its definition, then "- **abstract class와 interface의 차이**" nested under it with its own answer)
      const [point, ...more] = sub.children;
      const pointSays = point?.type === "paragraph" && namesThenExplains(textOf(point).trim(), more.some((c) => c.type !== "list"));
      const leaves = more.flatMap((deeper) => (deeper.type === "list" ? (deeper.children as ListItem[]).map((leaf) => take(leaf, true, pointSays)) : [])).filter((f) => f !== null);
      // (a facet of the answer, "장점", "예시", is no point to ask of by itself: its questions follow the item up)
      const name = pointSays ? textOf(point).trim().split("\n")[0]! : "";
      if (pointSays && !namesFacet(name)) points.push({ sub, name, leaves });
      else followups.push(...leaves);
    }
    followups.push(...drilledPoints(points, source, take));
  }
  if (followups.length === 0) return null;
  const answer = answerWithout(source, answerStart, endOf(item), cuts);
  return ownLength(answer) >= minOwnAnswer ? { answer, followups } : null;
}

/**
 * Points of an answer drilled by questions of their own ("- **추상화**" and its definition over "- **abstract class와
 * interface의 차이**"): each such point, and every point beside it named over an explanation, is itself asked next
 * (blind labellers: "추상화", "상속", "다형성", "캡슐화" under "…특징에 대해 설명해주세요", 4 of 4), its questions under it.
 * The item keeps the points' explanations, which answer it; undrilled points stay only that.
 */
function drilledPoints(points: { sub: ListItem; name: string; leaves: NestedFollowup[] }[], source: string, take: (sub: ListItem, deeper: boolean, pointSays: boolean, named: boolean) => NestedFollowup | null): NestedFollowup[] {
  if (!points.some((p) => p.leaves.length > 0)) return [];
  return points.flatMap(({ sub, name, leaves }) => {
    const first = sub.children[1];
    // (a point whose own words are too few to answer it stays a point; the questions under it follow the item up)
    if (!first || ownLength(answerWithout(source, startOf(first), endOf(sub), leaves.map((f) => leafSpan(sub, f.line)))) < 10) return leaves;
    // (a bold name over its own answer beside those questions is asked there too, unless it is a facet: "예시", "주의")
    const named = (leaf: ListItem) => leaves.find((f) => f.line === lineOf(leaf)) ?? (isFacet(leaf) ? null : take(leaf, true, true, true));
    const asked = sub.children.slice(1).flatMap((c) => (c.type === "list" ? (c.children as ListItem[]).map(named) : [])).filter((f) => f !== null);
    const answer = answerWithout(source, startOf(first), endOf(sub), asked.map((f) => leafSpan(sub, f.line)));
    return [{ question: unwrapQuestion(stripQuestionPrefix(name)), answer, line: lineOf(sub), endLine: endLineOf(sub), followups: asked }];
  });
}

/** Facets of an answer that {@link isGenericPart} leaves out: a caution, a note, a reference, a conclusion, its terms. */
const ASIDE_FACET = /^(주의|참고|비고|결론|용어|note|tip|caution)$/i;

/** Whether a point's name is a facet of the answer ("장점", "예시", "주의:"), nothing to ask of by itself. */
function namesFacet(name: string): boolean {
  const t = stripQuestionPrefix(name.replace(/^[*_\s]+|[*_\s:：]+$/g, ""));
  return isGenericPart(t) || ASIDE_FACET.test(t);
}

/** Whether a nested item opens with a facet's name ("- **주의**", "- **예시**"). */
function isFacet(leaf: ListItem): boolean {
  const head = leaf.children[0];
  return head?.type === "paragraph" && namesFacet(textOf(head).trim().split("\n")[0]!);
}

/** Offsets of the item nested in `point` that opens on `line`. */
function leafSpan(point: ListItem, line: number): [number, number] {
  const leaf = point.children.flatMap((c) => (c.type === "list" ? (c.children as ListItem[]) : [])).find((l) => lineOf(l) === line)!;
  return [startOf(leaf), endOf(leaf)];
}

/** The markdown from `start` to `end` with `cuts` (offset spans) taken out, dedented as one answer. */
function answerWithout(source: string, start: number, end: number, cuts: [number, number][]): string {
  const kept: string[] = [];
  let at = start;
  for (const [from, to] of [...cuts].sort((a, b) => a[0] - b[0])) {
    // (the cut item's indent goes with it, so the items around it stay one tight list)
    kept.push(source.slice(at, from).replace(/\n[ \t]*$/, ""));
    at = to;
  }
  kept.push(source.slice(at, end));
  // (the first piece starts past its line's indent: stand it in as spaces, so every line loses the same indent)
  const indent = " ".repeat(Math.max(0, start - (source.lastIndexOf("\n", start - 1) + 1)));
  return cleanAnswer(dedent((indent + kept.join("")).replace(/^[ \t]*\n/, "")).trim());
}
