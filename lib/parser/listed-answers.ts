/**
 * A fold's follow-ups written as HTML list items, each answered on the lines under it, outside
 * the item ("<ul>" → "<li> 세션 방식의 로그인 과정에 대해 설명해 주세요.</li>" → "1. 사용자 인증 …" →
 * "<li> …?</li>" → …): the shape of a template that lists an interview's follow-ups under each
 * question and leaves the answers to whoever fills it in. Items left unanswered stay questions.
 */
import { plainHtml } from "./blocks";
import { cleanAnswer } from "./draft";
import { isPlaceholderAnswer } from "./placeholder-answer";
import { isQuestion, isRequest, stripQuestionPrefix } from "./questions";

export interface ListedAnswer {
  question: string;
  answer: string;
  line: number;
  endLine: number;
}

/** "<li> …?</li>" alone on its line, closed on it: the item holds the question only. */
const ITEM_LINE = /^\s*<li\b[^>]*>([\s\S]*?)<\/li>\s*$/i;
/** Any line opening a list item. */
const ANY_ITEM = /^\s*<li\b/i;
/** "<ul>", "</ul>", "<ol>", "</ol>" alone on a line: the list's frame. */
const FRAME_LINE = /^\s*<\/?(ul|ol)\b[^>]*>\s*$/i;

const itemQuestion = (line: string): { question: string; answer?: string } | null => {
  const m = ITEM_LINE.exec(line);
  if (!m) return null;
  const text = stripQuestionPrefix(plainHtml(m[1]!));
  // (asked and then answered in the item's own words first: the whole item may read as a request, "…요청을 거부합니다")
  const said = text ? askedThenAnswered(text) : null;
  if (said) return said;
  return text && text.length <= 200 && (isQuestion(text) || isRequest(text)) ? { question: text } : null;
};

/** Where an item's question may end: at a question mark, or at a request's end ("…설명해 주세요."). */
const QUESTION_END = /[?？]|(?:설명|말|말씀)\s*해\s*(?:주세요|주시겠어요|보세요|주십시오)[.!]?/g;

/** "아직 정리하지 못해서 다음 주에 추가할 예정입니다.": the answer is still to be written. */
const STILL_TO_WRITE = /아직\s*(정리|작성|공부|답)(을|를)?\s*(하지\s*)?못|(추가|정리|작성|보충)할\s*(예정|것)/;

/** A sentence said, not asked: it ends as a statement or a note's clipped ending ("…거부합니다.", "…느려짐"). */
const SAYS = /(다|음|임|됨|함|요)[.!]?(\s|\)|$)/;

/**
 * An item that asks and answers in its own words ("…차이가 있나요? 401은 …를 의미합니다."): the question runs to the
 * first question mark (or request) after which a sentence is said rather than asked. An aside opening the answer,
 * "(면접에서 자주 나옴)", is dropped; one standing alone, "(주의: …)", or the question's example, "예를 들어, …", is
 * the question's; so is a placeholder ("…추가할 예정입니다").
 */
function askedThenAnswered(text: string): { question: string; answer: string } | null {
  const flat = text.replace(/\s+/g, " ").trim();
  for (const m of flat.matchAll(QUESTION_END)) {
    const end = m.index! + m[0].length;
    const question = flat.slice(0, end).trim();
    let answer = flat.slice(end).trim();
    if (question.length < 4 || answer.length === 0) continue;
    if (!(isQuestion(question) || isRequest(question))) continue;
    const aside = /^[(（][^()（）]{1,30}[)）]\s*/.exec(answer);
    if (aside) answer = answer.slice(aside[0].length);
    if (/^[(\[（]|^(예를\s*들(어|면)|예컨대|예시|예\s*[:)]|ex\)|e\.g\.)/i.test(answer)) return null;
    // (the answer's first sentence must say something: "위에서 언급한 문제가 해결되었나요? …" goes on asking)
    // (a question mark in code, "`/users?age=20`", ends no sentence: the question before it is the item's)
    if (/`[^`]*$/.test(question)) continue;
    const first = /^[^.!?？。]*[.!?？。]?/.exec(answer.replace(/`[^`]*`/g, "code"))![0];
    if (/[?？]$/.test(first)) continue;
    // (…nor asks on in a request: "…경험이 있나요? 있다면, 왜 …인지 설명해 주세요." is one question)
    if (isRequest(answer) || isQuestion(answer) || isRequest(first.trim())) continue;
    if (answer.length < 10 || !SAYS.test(answer) || isPlaceholderAnswer(answer) || STILL_TO_WRITE.test(answer)) return null;
    return { question, answer };
  }
  return null;
}

/** "<ul> <li>…</li> <li>…</li> </ul>" written on one line: each tag on a line of its own, as the line-by-line reading needs. */
function oneTagPerLine(answer: string): string {
  return answer
    .split("\n")
    .map((l) => ((l.match(/<li\b/gi) ?? []).length >= 2 ? l.replace(/\s*(<\/?(?:ul|ol)\b[^>]*>|<li\b[^>]*>)/gi, "\n$1").replace(/^\n/, "") : l))
    .join("\n");
}

/** "<li> 선형 자료구조</li>": a short noun phrase closed on its line, no sentence. */
const itemTopic = (line: string) => {
  const m = ITEM_LINE.exec(line);
  const text = m ? plainHtml(m[1]!) : "";
  return text && text.length <= 40 && !/[.!。:：]$|(다|요|음|함)$/.test(text) ? text : null;
};

/**
 * Split an answer at its asking "<li>" lines: what comes before the first (and after the list)
 * answers the fold's own question; the lines under each item answer that item. Null unless at
 * least one item is answered so (a list of questions alone is read elsewhere, as listed questions).
 * `raw` is the fold's source and `line` its first line, for the items' own lines.
 */
export function splitListedAnswers(written: string, raw: string, line: number): { answer: string; asked: ListedAnswer[] } | null {
  const answer = oneTagPerLine(written);
  const lines = answer.split("\n");
  const asked: { question: string; at: number; body: string[]; topic?: boolean; said?: string }[] = [];
  const own: string[] = [];
  let inList = false;
  // (lists nested in an item's answer: their frames belong to that answer)
  let depth = 0;
  for (const [i, text] of lines.entries()) {
    const item = depth <= 1 ? itemQuestion(text) : null;
    if (item) {
      asked.push({ question: item.question, at: i, body: [], ...(item.answer ? { said: item.answer } : {}) });
      inList = true;
      depth = Math.max(depth, 1);
      continue;
    }
    // ("<li> 선형 자료구조</li>" after an item answered under it: a topic the template asks about too, if answered in turn)
    const topic = depth <= 1 && asked.length > 0 && asked.at(-1)!.body.some((l) => l.trim()) ? itemTopic(text) : null;
    if (topic) {
      asked.push({ question: topic, at: i, body: [], topic: true });
      continue;
    }
    // (an item that states rather than asks, at the list's own level: a list answer, not this template —
    // unless it comes first and questions answered on their own lines follow it: the fold's own answer, then its follow-ups)
    if (depth <= 1 && ANY_ITEM.test(text)) {
      // (…only an item closed on its line, before any other, with every item after it asking and one answered on its line:
      // an item that goes on into a list of its own, or a list of statements with a question among them, is an answer)
      const after = lines.slice(i + 1).filter((l) => ANY_ITEM.test(l));
      if (asked.length > 0 || own.some((l) => ANY_ITEM.test(l) || l.trim()) || !ITEM_LINE.test(text) || !after.every((l) => itemQuestion(l)) || !after.some((l) => itemQuestion(l)?.answer)) return null;
      own.push(plainHtml(text));
      continue;
    }
    if (FRAME_LINE.test(text)) {
      const closing = /<\//.test(text);
      if (inList && (closing ? depth > 1 : depth >= 1)) {
        depth += closing ? -1 : 1;
        asked.at(-1)!.body.push(text);
        continue;
      }
      // (the list's own closing frame ends the last item's answer; what follows is the fold's own again)
      depth = closing ? 0 : 1;
      if (closing) inList = false;
      continue;
    }
    (inList && asked.length > 0 ? asked.at(-1)!.body : own).push(text);
  }
  const answerOf = (a: (typeof asked)[number]) => cleanAnswer([a.said ?? "", ...a.body].join("\n"));
  if (!asked.some((a) => answerOf(a))) return null;
  // (a topic item with nothing under it was a point of the answer above after all: the list is an answer, not this template)
  if (asked.some((a) => a.topic && !answerOf(a))) return null;
  const rawLines = raw.split("\n");
  let from = 0;
  let reached = 0;
  return {
    answer: cleanAnswer(own.join("\n")),
    asked: asked.map((a) => {
      const probe = lines[a.at]!.trim();
      const found = rawLines.findIndex((l, k) => k >= from && l.trim() === probe);
      // (an item on a line shared with others, "<ul> <li>…</li> <li>…</li>": the line it sits on in the fold)
      const shared = found === -1 ? raw.indexOf(probe, reached) : -1;
      if (shared !== -1) reached = shared + probe.length;
      const at = found !== -1 ? found : shared !== -1 ? (raw.slice(0, shared).match(/\n/g) ?? []).length : from;
      from = found !== -1 ? at + 1 : at;
      return { question: a.question, answer: answerOf(a), line: line + at, endLine: line + at + a.body.length };
    }),
  };
}
