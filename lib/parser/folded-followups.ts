/**
 * Follow-ups written inside an answer rather than beside it: a `<details>` that
 * asks, left in an answer written in a quote or a list item ("1. …?" then
 * "> answer" and "> <details><summary>…?</summary>"), and a "그렇다면 …?"
 * paragraph with its answer (pointed-back.ts). Each is a follow-up of the
 * question whose answer holds it; its own answer may hold more of them.
 * In an answer written as plain prose, a "그렇다면 …?" paragraph is a follow-up
 * only when a quote answers it right below: in prose alone such a line is as
 * often the writer's own rhetoric ("그렇다면 방법은 무엇일까요?" over the rest of
 * the explanation) as an interviewer's next question.
 */
import { plainHtml } from "./blocks";
import { summaryAsks } from "./details-run";
import { cleanAnswer, detailsBody } from "./draft";
import { MATERIAL_LABEL, asksOfItsOwn } from "./own-question";
import { splitHtmlAsked } from "./html-asked";
import { splitMarkedFollowupLines } from "./marked-followup-lines";
import { splitQuotedCallouts } from "./quoted-callouts";
import { asksAlone, asksOverAnswer, asksOverAnswerPlainly, splitPointedBack, type FoldedQuestion } from "./pointed-back";
import { stripQuestionPrefix } from "./questions";
import { isRevealLabel } from "./segments";
import { followupFoldItems, type QuestionItem } from "./extract-questions";
import { classifyLabel } from "./labels";

const SUMMARY = /<summary[^>]*>([\s\S]*?)<\/summary>/i;
const FENCED = /^[ \t]*(```|~~~)[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm;

/** Top-level `<details>` spans outside fenced code, as [start, end) offsets (nesting counted). */
function detailsSpans(text: string): [number, number][] {
  // (code keeps its offsets but is blanked, so a <details> shown as code is never read)
  const masked = text.replace(FENCED, (code) => code.replace(/[^\n]/g, " "));
  const spans: [number, number][] = [];
  const tag = /<(\/?)details\b[^>]*>/gi;
  let depth = 0;
  let start = -1;
  for (let m = tag.exec(masked); m; m = tag.exec(masked)) {
    if (!m[1]) {
      if (depth === 0) start = m.index;
      depth++;
    } else if (depth > 0 && --depth === 0 && start >= 0) spans.push([start, m.index + m[0].length]);
  }
  return spans;
}


/** A summary that asks its own question: not a reveal label ("정답은?", "예시 코드는?"), not a label, not context-free. */
function askingSummary(summary: string, parent: string): boolean {
  if (!summaryAsks(summary) || isRevealLabel(summary.replace(/\s*(은|는|이|가)?\s*[?？]$/, "")) || MATERIAL_LABEL.test(summary)) return false;
  return asksOfItsOwn(summary, parent);
}

/** An answer of a sentence or more, a citation or source line ("// 자바의 정석 730p", "출처: …") aside. */
function answersInWords(answer: string): boolean {
  const words = answer.split("\n").filter((l) => !/^\s*(\/\/|출처|참고|ref\b|source\b)/i.test(l)).join(" ").replace(/\s+/g, " ").trim();
  return words.length >= 30;
}

/** Whether a question's answer opens with a quote ("그러면 …할까?" then "> …"). */
function answeredByQuote(question: FoldedQuestion): boolean {
  return question.quoted ?? /^\s*>/.test(question.answer);
}

/** Whether each question of a fold, and each nested in their answers' own folds, has an answer. */
function everyAnswered(items: QuestionItem[]): boolean {
  return items.every((q) => q.answer.trim() && everyAnswered(q.followups ?? []));
}

/** A fold's question and, after it, the questions its answer's own folds ask, each drilling the one it sits under. */
function drilled(q: QuestionItem, under?: FoldedQuestion): FoldedQuestion[] {
  const own: FoldedQuestion = { question: q.question, answer: q.answer, ...(under ? { drills: under } : {}) };
  return [own, ...(q.followups ?? []).flatMap((f) => drilled(f, own))];
}

/**
 * Take the follow-ups out of an answer: asking `<details>` first, then, in an
 * answer written in a fold or a quote (`inFold`), "그렇다면 …?" paragraphs (elsewhere, only those a quote answers). Returns the answer left and each follow-up
 * (question and answer, its answer still holding any deeper ones).
 */
export function foldFollowups(answer: string, parent: string, inFold: boolean): { answer: string; asked: FoldedQuestion[] } {
  const asked: FoldedQuestion[] = [];
  let rest = "";
  let from = 0;
  for (const [start, end] of detailsSpans(answer)) {
    const span = answer.slice(start, end);
    const summary = stripQuestionPrefix(plainHtml(SUMMARY.exec(span)?.[1] ?? ""));
    // (a line break written as html at either end of the fold's body is spacing)
    const body = cleanAnswer(detailsBody(span).replace(/^(\s*<\/?br\s*\/?>)+|(<\/?br\s*\/?>\s*)+$/gi, ""));
    // ("<summary>꼬리 질문</summary>" in an answer written in HTML: the questions in it, each answered in its own fold)
    const labelled = summary && body && classifyLabel(summary) === "followups" ? followupFoldItems(span) : [];
    if (labelled.length > 0 && everyAnswered(labelled)) {
      asked.push(...labelled.flatMap((q) => drilled(q)));
      rest += answer.slice(from, start);
      from = end;
      continue;
    }
    if (!summary || !body || !askingSummary(summary, parent)) continue;
    asked.push({ question: summary, answer: body });
    rest += answer.slice(from, start);
    from = end;
  }
  rest = asked.length > 0 ? cleanAnswer(rest + answer.slice(from)) : answer;
  // ("꼬리 1) …?" lines in the answer, each answered under it: marked-followup-lines.ts)
  const marked = splitMarkedFollowupLines(rest);
  rest = marked.answer;
  asked.push(...marked.asked);
  // (in a fold written in HTML, "<h3>…이유는?</h3>" / "<p>…이란?</p>" lines ask too: html-asked.ts)
  if (inFold) {
    const html = splitHtmlAsked(rest, parent);
    rest = html.answer;
    asked.push(...html.asked);
  }
  // ("> 💡 **…일까?**" over its answer in the same quote: quoted-callouts.ts)
  const callouts = splitQuotedCallouts(rest, parent);
  rest = callouts.answer;
  asked.push(...callouts.asked);
  const back = splitPointedBack(rest, parent);
  if (!inFold && !back.asked.every(answeredByQuote)) return { answer: rest, asked };
  // (in a fold, a short question opening a paragraph with its answer right under it asks next: "**리플로우와 리페인트가 무엇인가요?**";
  // written plainly, only when its answer is one paragraph: a question followed by paragraphs more is the writer's narration)
  if (inFold && back.asked.length === 0) {
    // (an answer written in html breaks its lines with "<br>": the one before a question ends a paragraph)
    const text = rest.replace(/[ \t]*<br\s*\/?>[ \t]*\n(?=[^\n]*[?？][ \t]*(<br\s*\/?>)?[ \t]*\n)/gi, "\n\n");
    const over = splitPointedBack(text, parent, asksOverAnswer);
    if (over.asked.length > 0 && over.asked.every((a) => answersInWords(a.answer))) return { answer: over.answer, asked: [...asked, ...over.asked] };
    const plain = splitPointedBack(text, parent, asksOverAnswerPlainly);
    if (plain.asked.length > 0 && plain.asked.every((a) => answersInWords(a.answer) && !/\n\s*\n/.test(a.answer))) return { answer: plain.answer, asked: [...asked, ...plain.asked] };
  }
  // (in an answer at the margin, a question standing alone as its own paragraph, "오버로딩을 사용하는 이유?", asks next)
  // (…answered in a sentence or more: a citation under it, "// 자바의 정석 730p", leaves it unanswered, part of the text)
  if (!inFold && back.asked.length === 0 && /^\S[^\n]{0,98}[?？][ \t]*$/m.test(rest)) {
    const alone = splitPointedBack(rest, parent, asksAlone);
    if (alone.asked.every((a) => answersInWords(a.answer))) return { answer: alone.answer, asked: [...asked, ...alone.asked] };
  }
  return { answer: back.answer, asked: [...asked, ...back.asked] };
}
