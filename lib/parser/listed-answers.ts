/**
 * A fold's follow-ups written as HTML list items, each answered on the lines under it, outside
 * the item ("<ul>" → "<li> 세션 방식의 로그인 과정에 대해 설명해 주세요.</li>" → "1. 사용자 인증 …" →
 * "<li> …?</li>" → …): the shape of a template that lists an interview's follow-ups under each
 * question and leaves the answers to whoever fills it in. Items left unanswered stay questions.
 */
import { plainHtml } from "./blocks";
import { cleanAnswer } from "./draft";
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

const itemQuestion = (line: string) => {
  const m = ITEM_LINE.exec(line);
  if (!m) return null;
  const text = stripQuestionPrefix(plainHtml(m[1]!));
  return text && text.length <= 200 && (isQuestion(text) || isRequest(text)) ? text : null;
};

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
export function splitListedAnswers(answer: string, raw: string, line: number): { answer: string; asked: ListedAnswer[] } | null {
  const lines = answer.split("\n");
  const asked: { question: string; at: number; body: string[]; topic?: boolean }[] = [];
  const own: string[] = [];
  let inList = false;
  // (lists nested in an item's answer: their frames belong to that answer)
  let depth = 0;
  for (const [i, text] of lines.entries()) {
    const question = depth <= 1 ? itemQuestion(text) : null;
    if (question) {
      asked.push({ question, at: i, body: [] });
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
    // (an item that states rather than asks, at the list's own level: a list answer, not this template)
    if (depth <= 1 && ANY_ITEM.test(text)) return null;
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
  if (!asked.some((a) => cleanAnswer(a.body.join("\n")))) return null;
  // (a topic item with nothing under it was a point of the answer above after all: the list is an answer, not this template)
  if (asked.some((a) => a.topic && !cleanAnswer(a.body.join("\n")))) return null;
  const rawLines = raw.split("\n");
  let from = 0;
  return {
    answer: cleanAnswer(own.join("\n")),
    asked: asked.map((a) => {
      const probe = lines[a.at]!.trim();
      const found = rawLines.findIndex((l, k) => k >= from && l.trim() === probe);
      const at = found === -1 ? from : found;
      from = at + 1;
      return { question: a.question, answer: cleanAnswer(a.body.join("\n")), line: line + at, endLine: line + at + a.body.length };
    }),
  };
}
