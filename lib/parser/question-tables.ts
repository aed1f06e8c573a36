/**
 * Question tables: a header that names the questions (질문 | 답변, 예상 질문 |
 * 답변 포인트, Q | A) makes one question per row, answered from the column
 * that names the answer.
 */
import type { Table } from "mdast";
import type { QuestionItem } from "./extract-questions";
import { classifyLabel } from "./labels";
import { endLineOf, endOf, lineOf, startOf, textOf } from "./markdown";
import { stripQuestionPrefix, unwrapQuestion } from "./questions";

const QUESTION_HEADER = /^((예상|면접|기술|주요|핵심|기본|interview)\s*)?(질문|문제|물음|question|questions|q)\.?(\s*(목록|내용))?$/i;

// ("본질 답", "좋은 답의 방향", "답변 가이드": how to answer is the answer to rehearse)
const ANSWER_HEADER = /^(모범\s*|예시\s*|핵심\s*|본질\s*|좋은\s*|model\s+|short\s+)?(답|답변|답안|정답|대답|답변\s*포인트|핵심\s*답변|설명|해설|answer|answers|a|핵심|포인트|키워드)(\s*(의\s*)?(방향|가이드|요지))?\.?$/i;

/** Columns that hold an answer's key words or points, the answer itself only when no column names it. */
const WEAK_ANSWER_HEADER = /^((핵심|답변)\s*)?(포인트|키워드|개념)\.?$|^(핵심|설명|해설)\.?$/;

/** A cell that answers in no words: empty, marks ("✅", "O", "X"), or a link alone. */
const saysLittle = (cell: string) => cell.replace(/\[([^\]]*)\]\([^)]*\)|https?:\/\/\S+|<[^>]*>/g, "").replace(/[^\p{L}\p{N}]/gu, "").length <= 2;

/** A cell's text: its inline children joined as written (inline code stays glued to its particle: "`==`의"). */
const cellText = (cell: Table["children"][number]["children"][number]) => cell.children.map((c) => textOf(c)).join("");

/** A question table whose question column is named as follow-ups ("꼬리 질문 | 답변"): its rows follow up the topic. */
export function tableAsksFollowups(table: Table): boolean {
  const head = table.children[0];
  return !!head && head.children.some((c) => {
    const name = cellText(c).replace(/[*_`]/g, "").trim();
    return !QUESTION_HEADER.test(name) && classifyLabel(name) === "followups";
  });
}

/**
 * A question table (a header names the questions: 질문 | 답변, 예상 질문 |
 * 답변 포인트, Q | A): one item per row, the answer cell as its answer (empty
 * when the table has no answer column).
 */
export function tableItems(table: Table, source: string): QuestionItem[] | null {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return null;
  const names = head.children.map((c) => cellText(c).replace(/[*_`]/g, "").trim());
  const q = names.findIndex((n) => QUESTION_HEADER.test(n) || classifyLabel(n) === "followups");
  if (q === -1) return null;
  // (a column that names the answer outranks one of its key words: "질문 | 키워드 | 답변" answers under "답변")
  const answers = names.map((n, i) => (i !== q && ANSWER_HEADER.test(n) ? i : -1)).filter((i) => i !== -1);
  const a = answers.find((i) => !WEAK_ANSWER_HEADER.test(names[i]!)) ?? answers[0] ?? -1;
  // (…unless that column says little, "✅", "O", a link: then its words are in the other, "| 질문 | 해설 | 정답 |")
  const b = answers.find((i) => i !== a) ?? -1;
  const items: QuestionItem[] = [];
  for (const row of rows) {
    const cell = row.children[q];
    // ('"왜 로컬 캐시는 안 썼나요?"': the interviewer's words in quotes)
    const question = unwrapQuestion(stripQuestionPrefix((cell ? cellText(cell) : "").replace(/\s+/g, " ").trim()));
    // (a count in a column named "질문", "| Week 01 | … | 9 |": no question)
    if (!question || /^\d+$/.test(question)) continue;
    const cellAnswer = (i: number) => {
      const said = i === -1 ? undefined : row.children[i];
      return said && said.children.length > 0 ? source.slice(startOf(said.children[0]!), endOf(said.children[said.children.length - 1]!)).replace(/<br\s*\/?>/gi, "\n").trim() : "";
    };
    const named = cellAnswer(a);
    const other = b === -1 ? "" : cellAnswer(b);
    // (a mark with no letters, "✅", says nothing; "O"/"X" is the answer, its explanation after it)
    const mark = /[\p{L}\p{N}]/u.test(named) && !/[\[\]()]/.test(named) ? `${named}\n\n` : "";
    // ("| Q | 설명 | 답변 |": the answer, then the explanation the author gave beside it)
    const explains = b !== -1 && /^(설명|해설)\.?$/.test(names[b]!) && !saysLittle(other);
    const answer = saysLittle(named) && other && !saysLittle(other) ? `${mark}${other}` : explains ? `${named}\n\n${other}` : named;
    items.push({ question, answer, line: lineOf(row), endLine: endLineOf(row) });
  }
  return items;
}
