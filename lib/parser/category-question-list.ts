/**
 * A list of categories over their questions ("- 운영체제" → "- 프로세스란" → "- 실행 중인 …").
 */
import type { List, ListItem } from "mdast";
import { lineOf, textOf } from "./markdown";
import type { QuestionItem } from "./extract-questions";

/** A category's name: one short line that says nothing ("운영체제", "네트워크 / 보안"), not a point ("…한다."). */
function namesCategory(item: ListItem): boolean {
  const [head, ...rest] = item.children;
  if (!head || head.type !== "paragraph" || rest.length === 0 || !rest.every((r) => r.type === "list")) return false;
  const name = textOf(head).trim();
  return !name.includes("\n") && name.length <= 30 && !/[.!?？:：다요]$/.test(name);
}

/** Facets of one topic ("장점", "단점", "특징"): the questions under them ask about the section's topic, which they do not name. */
const FACET = /(^|\s)(장점|단점|장단점|특징|예시|종류|차이|차이점|공통점|원리|동작|동작\s*방식|구조|한계|문제점|해결책|정의|개념|용도|사용처|주의할\s*점|주의\s*사항|pros|cons)$/i;

/** Whether every item of a list is one of the questions asked, or a category made only of such items. */
function coveredBy(list: List, asked: Set<number>): boolean {
  return (list.children as ListItem[]).every((item) =>
    asked.has(lineOf(item)) || (namesCategory(item) && item.children.slice(1).every((n) => coveredBy(n as List, asked))),
  );
}

/**
 * Whether a note list is nothing but categories over questions answered under themselves: the
 * questions are the cards, and the list leaves nothing of its own for the section above to answer.
 * (A list of points with a question among them keeps the points for the section's card.)
 */
export function isCategoryQuestionList(list: List, questions: QuestionItem[], sectionTitle: string): boolean {
  if (questions.length < 2) return false;
  const top = list.children as ListItem[];
  // (categories that are the section's own subjects, "- 프로세스" and "- 스레드" under "## 프로세스와 스레드", or its facets,
  // "- 장점" under "## 인덱스": their questions, "메모리를 공유하나?", lean on the section's card for their subject)
  const title = sectionTitle.toLowerCase().replace(/\s+/g, "");
  const categories = top.filter(namesCategory);
  // (two categories at least: one item over questions among points, "- 탄탄한 기본기" under "역량", is a point of that answer)
  if (categories.length < 2) return false;
  const names = categories.map((item) => textOf(item.children[0]!).trim());
  if (names.some((n) => FACET.test(n) || title.includes(n.toLowerCase().replace(/\s+/g, "")))) return false;
  // (…and questions asked again under each, "순서를 보장하나요?" under "TCP 특징" and "UDP 특징": they ask of the category, unnamed)
  const asked = new Set<string>();
  for (const q of questions) {
    const key = q.question.replace(/\s+/g, "");
    if (asked.has(key)) return false;
    asked.add(key);
  }
  return coveredBy(list, new Set(questions.map((a) => a.line)));
}

/**
 * The lists of questions under a list of two or more categories ("- 자바" over "- JVM 메모리 구조를 설명해 주세요.",
 * "- 스프링" over "- DI를 쓰는 이유는?"), every item under them asking; null for any other list. In a section of
 * follow-ups the questions are what it holds, the categories only sort them.
 */
export function questionsUnderCategories(list: List, asks: (item: ListItem) => boolean): List[] | null {
  const top = list.children as ListItem[];
  if (top.length < 2 || !top.every(namesCategory)) return null;
  const nested = top.flatMap((item) => item.children.slice(1) as List[]);
  return nested.every((n) => (n.children as ListItem[]).every(asks)) ? nested : null;
}
