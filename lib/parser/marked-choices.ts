/**
 * A quiz written as a numbered list: each item a question stem over its
 * numbered choices, the right one in bold ("1. 소켓에 대한 설명으로 가장 옳은
 * 것은?" over "1. …", "2. **IP 주소와 port 번호로 소켓을 특정한다.**").
 * The bold marks the answer; the choices are what the question shows. A stem
 * may come after the data it asks about (a table of processes, then "위와 같이
 * … 평균 대기시간은 얼마인가?"): that data is shown with it too.
 */
import type { List, ListItem } from "mdast";

/** The index of an item's question paragraph: its first child, or the first paragraph after the tables or code it opens with. */
export function stemIndex(item: ListItem): number {
  const at = item.children.findIndex((c) => c.type !== "table" && c.type !== "code");
  return at >= 0 && item.children[at]!.type === "paragraph" ? at : -1;
}

/** "1.  **dispatcher**", "3.  `FCFS`: P1, …": one numbered choice on one line. */
const CHOICE_LINE = /^\s*([1-9])[.)]\s+(\S.*)$/;
/** A choice set wholly in bold: the one the quiz marks right. */
const BOLD_CHOICE = /^\*\*(.+?)\s*\*\*\s*$/;

/**
 * An answer that is only numbered choices, one or more of them in bold (and two
 * to six in all), rewritten so the choices read as what the question shows and
 * the bold ones as its answer ("**정답**: 2. …"). Null for any other answer: a
 * numbered answer with a bold point among its sentences is an answer, not choices.
 */
export function markChoices(answer: string): string | null {
  const lines = answer.split("\n").filter((l) => l.trim());
  if (lines.length < 2 || lines.length > 6 || !lines.every((l) => CHOICE_LINE.test(l))) return null;
  const choices = lines.map((l) => CHOICE_LINE.exec(l)!).map((m) => ({ n: m[1]!, text: m[2]!.trim() }));
  const right = choices.filter((c) => BOLD_CHOICE.test(c.text));
  if (right.length === 0 || right.length === choices.length) return null;
  const plain = (text: string) => text.replace(BOLD_CHOICE, "$1").trim();
  const shown = choices.map((c) => `${c.n}. ${plain(c.text)}`).join("\n");
  return `${shown}\n\n**정답**: ${right.map((c) => `${c.n}. ${plain(c.text)}`).join(" / ")}`;
}

/** A stem that asks to choose: "…으로 가장 옳은 것은?", "틀린 설명은?", "다음 중 …", "모두 고르시오", "Which …", a blank, an English stem ending ":". */
const ASKS_TO_CHOOSE = /(옳은|틀린|맞는|아닌|알맞은|적절한|올바른|어색한)\s*(것|설명|답|말)|다음\s*중|보기\s*중|고르(시오|세요|면)|정답(으로|에\s*해당)|\bwhich\b|\bchoose\b|\bselect\b|(^|\s)_{4,}|[:：]$/i;

/** Whether a stem asks to choose among what it offers. */
export function asksToChoose(stem: string): boolean {
  return ASKS_TO_CHOOSE.test(stem.trim());
}

/** Whether a list item holds a numbered list of one-line choices, some of them (not all) wholly in bold. */
function marksChoices(item: ListItem): boolean {
  const list = item.children.find((c): c is List => c.type === "list" && !!c.ordered);
  if (!list || list.children.length < 2 || list.children.length > 6) return false;
  const bold = list.children.filter((c) => c.children.length === 1 && c.children[0]!.type === "paragraph" && c.children[0]!.children.length === 1 && c.children[0]!.children[0]!.type === "strong");
  return bold.length > 0 && bold.length < list.children.length && list.children.every((c) => c.children.length === 1);
}

/**
 * Whether a list is a quiz sheet: three of its items at least hold marked choices. (A single item's
 * numbered points with one in bold are an answer that stresses a point, unless its stem asks to choose.)
 */
export function isQuizSheet(list: List): boolean {
  return (list.children as ListItem[]).filter(marksChoices).length >= 3;
}
