/**
 * A quiz whose right choice is set in bold: a stem over numbered one-line
 * choices ("소켓에 대한 설명으로 가장 옳은 것은?" over "1. …", "2. **IP 주소와
 * port 번호로 소켓을 특정한다.**"). The bold marks the answer; the choices are
 * what the question shows. A stem may come after the data it asks about (a
 * table of processes, then "위와 같이 … 평균 대기시간은 얼마인가?").
 *
 * Numbered points with one in bold are as often an answer stressing a point, so
 * choices are read only under a stem that asks to choose, or in a quiz: three
 * such questions at least, most of them asking to choose.
 */
import type { List, ListItem, Nodes } from "mdast";
import { textOf } from "./markdown";
import type { ParsedCard } from "./types";

/** The index of an item's question paragraph: its first child, or the first paragraph after the tables or code it opens with. */
export function stemIndex(item: ListItem): number {
  const at = item.children.findIndex((c) => c.type !== "table" && c.type !== "code");
  return at >= 0 && item.children[at]!.type === "paragraph" ? at : -1;
}

/** A blank to fill in: "The ____ is …", "TCP는 (   ) 방식이다". */
export const BLANK = /(^|\s)_{3,}(?=[\s.,)]|$)|\(\s{2,}\)/;
/** A blank in a fill-in sentence whose answer is written under it: any blank, or parentheses left empty ("TCP는 ( ) 방식이다"). */
export const FILL_IN = new RegExp(`${BLANK.source}|\\S\\s+[(（]\\s+[)）]`);

/**
 * Whether a list is a fill-in exercise: two or more items, each a sentence with a blank and its answer under it
 * ("1. TCP는 ( ) 방식의 프로토콜이다." over "- 연결 지향"). Each sentence asks for what fills its blank.
 */
export function isFillInList(list: List, stemOf: (item: ListItem) => string): boolean {
  const items = list.children as ListItem[];
  // (a Korean sentence each: "`start( )`" over what the method does is a list of calls, not of blanks)
  if (items.length < 2 || !items.every((item) => item.children.length > 1 && FILL_IN.test(stemOf(item)) && /[가-힣]/.test(stemOf(item)))) return false;
  return items.filter(showsLiteralBrackets).length * 2 < items.length;
}

/**
 * Whether what is written under a sentence with "( )" explains brackets of a language's own: code that holds
 * them, told in a sentence ("빈 튜플은 ( ) 로 만든다" over "`t = ()` 처럼 쓰고 길이는 0이다."). A blank's answer
 * fills it: a word, a command ("`git switch -c`"), a phrase.
 */
function showsLiteralBrackets(item: ListItem): boolean {
  const answer = item.children.slice(1);
  const code = answer.flatMap(codeIn);
  const text = answer.map((c) => textOf(c)).join(" ").trim();
  return code.some((c) => /[(（]/.test(c)) && text.length > code.join(" ").length + 4 && /다[.!]?$/.test(text);
}

function codeIn(node: Nodes): string[] {
  if (node.type === "code" || node.type === "inlineCode") return [node.value];
  return "children" in node ? (node.children as Nodes[]).flatMap(codeIn) : [];
}

/** A row of a Markdown table. */
export const TABLE_ROW = /^\s*\|.*\|\s*$/;

/**
 * A stem that asks to choose: "…으로 가장 옳은 것은?", "틀린 설명은?", "다음 중 …", "모두 고르시오",
 * "Which of the following …", a blank ("The ____ is …"), an English stem its choices complete ("… are:").
 * (Narrower than question-material.ts's test for choices already set apart by a label or a reveal: here
 * the bold alone would mark the answer, and "Which would you pick, and why?" over reasons is no quiz.)
 */
const ASKS_TO_CHOOSE = new RegExp(
  `(옳은|틀린|맞는|아닌|알맞은|적절한|올바른|어색한)\\s*(것|설명|답|말)|다음\\s*중|보기\\s*중|고르(시오|세요|면)|정답(으로|에\\s*해당)|\\bwhich of the (following|above)\\b|\\b(choose|select) (the|all|one)\\b|${BLANK.source}|\\s(is|are|include|of|to|by|as)\\s*[:：]$`,
  "i",
);

/** Whether a stem asks to choose among what it offers. */
export function asksToChoose(stem: string): boolean {
  return ASKS_TO_CHOOSE.test(stem.trim());
}

/** "1.  **dispatcher**", "3.  `FCFS`: P1, …", "- **LRU**": one choice on one line, numbered or bulleted. */
const CHOICE_LINE = /^\s*(?:([1-9])[.)]|[-*+])\s+(\S.*)$/;
/** A choice set wholly in bold: the one the quiz marks right. */
const BOLD_CHOICE = /^\*\*(.+?)\s*\*\*\s*$/;
/** What may follow the choices: the quiz's explanation under its label ("해설: …", "**풀이**", "> 설명: …"). */
const EXPLANATION = /^\s*(>\s*)?(\*\*|__)?\s*(해설|풀이|설명|이유|explanation)\s*(\*\*|__)?\s*[:：]?\s*(\*\*|__)?/i;

/**
 * An answer that is only choices (two to six, after any table the stem asks about, before any
 * explanation under its label), some but not all of them in bold, rewritten so the table and
 * choices read as what the question shows and the bold ones as its answer ("**정답**: 2. …"),
 * the explanation after it. Null for any other answer.
 */
export function markChoices(answer: string): string | null {
  const all = answer.split("\n");
  const said = all.map((l, i) => ({ l, i })).filter((x) => x.l.trim());
  const data = said.slice(0, Math.max(0, said.findIndex((x) => !TABLE_ROW.test(x.l))));
  const rest = said.slice(data.length);
  const run = rest.findIndex((x) => !CHOICE_LINE.test(x.l));
  const lines = (run === -1 ? rest : rest.slice(0, run)).map((x) => x.l);
  // (after the choices, only an explanation under its label: any other line makes them points of an answer)
  if (run !== -1 && !EXPLANATION.test(rest[run]!.l)) return null;
  const explanation = run === -1 ? "" : all.slice(rest[run]!.i).join("\n").trim();
  if (lines.length < 2 || lines.length > 6) return null;
  const matched = lines.map((l) => CHOICE_LINE.exec(l)!);
  // (numbered or bulleted, not both; bulleted choices are numbered in turn, so the answer can name one)
  if (new Set(matched.map((m) => m[1] === undefined)).size > 1) return null;
  const choices = matched.map((m, k) => ({ n: m[1] ?? String(k + 1), text: m[2]!.trim() }));
  const right = choices.filter((c) => BOLD_CHOICE.test(c.text));
  if (right.length === 0 || right.length === choices.length) return null;
  const plain = (c: { n: string; text: string }) => `${c.n}. ${c.text.replace(BOLD_CHOICE, "$1").trim()}`;
  const shown = choices.map(plain).join("\n");
  return [data.map((x) => x.l).join("\n"), shown, `**정답**: ${right.map(plain).join(" / ")}`, explanation].filter(Boolean).join("\n\n");
}

/** Whether most of the marked questions ask to choose, three of them at least: a quiz. */
const isQuiz = (marked: number, choosing: number) => marked >= 3 && choosing * 2 >= marked;

/**
 * Rewrite the answers of a deck's quiz questions with the right choice in bold (see {@link markChoices}):
 * those whose stem asks to choose, and every one of a section that is a quiz.
 */
export function markQuizAnswers(cards: ParsedCard[]): void {
  const sections = new Map<string, { card: ParsedCard; answer: string }[]>();
  for (const card of cards) {
    if (card.kind !== "qa" && card.kind !== "followup") continue;
    const answer = markChoices(card.answer);
    if (answer === null) continue;
    const key = card.headingPath.join("\u0000");
    sections.set(key, [...(sections.get(key) ?? []), { card, answer }]);
  }
  for (const marked of sections.values()) {
    const quiz = isQuiz(marked.length, marked.filter((m) => asksToChoose(m.card.prompt)).length);
    for (const m of marked) if (quiz || asksToChoose(m.card.prompt)) m.card.answer = m.answer;
  }
}

/** Whether a list item holds a list of one-line choices, some of them (not all) wholly in bold. */
function marksChoices(item: ListItem): boolean {
  const list = item.children.find((c): c is List => c.type === "list");
  if (!list || list.children.length < 2 || list.children.length > 6) return false;
  const bold = list.children.filter((c) => c.children.length === 1 && c.children[0]!.type === "paragraph" && c.children[0]!.children.length === 1 && c.children[0]!.children[0]!.type === "strong");
  return bold.length > 0 && bold.length < list.children.length && list.children.every((c) => c.children.length === 1);
}

/** The items of a list that are a quiz's questions, asking by their choices: each whose stem asks to choose, or all of a quiz. */
export function quizItems(list: List): Set<ListItem> {
  const items = (list.children as ListItem[]).filter(marksChoices);
  const stem = (i: ListItem) => {
    const p = i.children[stemIndex(i)];
    return p ? textOf(p) : "";
  };
  const choosing = items.filter((i) => asksToChoose(stem(i)));
  return new Set(isQuiz(items.length, choosing.length) ? items : choosing);
}
