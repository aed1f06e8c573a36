/**
 * Follow-up questions written as items nested in a question item's answer, or
 * as headings in it (a Notion page exported as a list).
 */
import type { ListItem } from "mdast";
import { cleanAnswer, dedent, sliceDedent } from "./draft";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { namesItsSubject } from "./own-question";
import { asksAsNounPhrase, isQuestion, stripQuestionPrefix, unwrapQuestion } from "./questions";

export interface NestedFollowup {
  question: string;
  answer: string;
  line: number;
  endLine: number;
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
  // (deeper: under a point of the answer; `pointSays`: that point explains something of its own besides the item)
  const take = (sub: ListItem, deeper: boolean, pointSays = false): boolean => {
    const bold = deeper;
    const [head, ...rest] = sub.children;
    if (!head || head.type !== "paragraph") return false;
    // ("- 운영체제란?" with its answer on the next lines of the same paragraph: the question is the first line)
    const lines = textOf(head).trim().split("\n");
    const continued = lines.length > 1 && !/[?？]\s*$/.test(lines.at(-1)!);
    if (rest.length === 0 && !continued) return false;
    if (lines.length > 1 && !continued) return false;
    const text = stripQuestionPrefix(lines[0]!.trim());
    // (one level deeper, under a point of the answer: a bold item that asks, or names what it asks as a noun phrase, "…의 차이")
    const asks = isQuestion(text) || (bold && head.children.length === 1 && head.children[0]!.type === "strong" && asksAsNounPhrase(text));
    // (…or an item there that asks with a question mark and names its subject, "- 인터럽트란?" under "- 명령어 사이클" and
    // its explanation, answered under itself; "누가 보증할까?", "왜 느릴까?" or "주의: …은?" there go on with the point)
    const askedThere = pointSays && /[?？]$/.test(text) && namesItsSubject(text) && !/^[^?？]{1,12}[:：]\s/.test(text) && !MUSING.test(text);
    if (text.length > 120 || !asks || (bold && head.children[0]?.type !== "strong" && !askedThere)) return false;
    const answerStart = continued ? source.indexOf("\n", startOf(head)) + 1 : startOf(rest[0]!);
    const answer = cleanAnswer(sliceDedent(source, answerStart, endOf(sub)));
    if (ownLength(answer) < 10) return false;
    followups.push({ question: unwrapQuestion(text), answer, line: lineOf(sub), endLine: endLineOf(sub) });
    cuts.push([startOf(sub), endOf(sub)]);
    return true;
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
    for (const sub of child.children as ListItem[]) {
      if (take(sub, false)) continue;
      // ("- **추상화**" with its definition, then "- **abstract class와 interface의 차이**" nested under it with its own answer)
      const [point, ...more] = sub.children;
      const pointSays = point?.type === "paragraph" && namesThenExplains(textOf(point).trim(), more.some((c) => c.type !== "list"));
      for (const deeper of more) if (deeper.type === "list") for (const leaf of deeper.children as ListItem[]) take(leaf, true, pointSays);
    }
  }
  cuts.sort((a, b) => a[0] - b[0]);
  if (followups.length === 0) return null;
  const kept: string[] = [];
  let at = answerStart;
  for (const [start, end] of cuts) {
    // (the cut item's indent goes with it, so the items around it stay one tight list)
    kept.push(source.slice(at, start).replace(/\n[ \t]*$/, ""));
    at = end;
  }
  kept.push(source.slice(at, endOf(item)));
  // (the first piece starts past its line's indent: stand it in as spaces, so every line loses the same indent)
  const indent = " ".repeat(Math.max(0, answerStart - (source.lastIndexOf("\n", answerStart - 1) + 1)));
  const answer = cleanAnswer(dedent((indent + kept.join("")).replace(/^[ \t]*\n/, "")).trim());
  return ownLength(answer) >= minOwnAnswer ? { answer, followups } : null;
}
