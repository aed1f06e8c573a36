/**
 * "# 인텐트(Intent)란 무엇인가요?" then, first thing under it, "### 인텐트란?":
 * the title asks the question the note answers under a heading of its own, and
 * names the note. Its other sections ("### 인텐트 유형") are the note's topics,
 * not parts of the title's answer; the restated question is the card.
 */
import { isNoise } from "./draft";
import { cleanHeading, isQuestion, isRequest, withoutCategoryTag } from "./questions";
import type { Section } from "./sections";
import type { ParseWarning } from "./types";

/** What a question asks about: a field's tag ("[Database]"), emoji, spaces, "(Intent)"-style glosses and the asking ending aside. */
function askedSubject(text: string): string {
  return cleanHeading(withoutCategoryTag(text))
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, "")
    .replace(/\([^()]*\)/g, "")
    .replace(/\s+/g, "")
    .replace(/(이란|란|은|는|이|가)?(무엇(인가요|일까요|인가|일까|이에요|입니까)?|뭔가요|뭘까요|뭐죠)?[?？.!]*$/u, "")
    .toLowerCase();
}

const asks = (s: Section) => s.role === "question" || isQuestion(s.title) || isRequest(s.title);

/**
 * The note's title when it asks and is asked again by the first heading under it, about the
 * same subject: the H1, or a first heading of any depth that holds every other heading.
 */
function restatedTitle(title: Section | null, sections: Section[]): Section | null {
  const top = title ?? sections.find((s) => s.heading) ?? null;
  if (!top || top.role !== "question") return null;
  if (!title && sections.some((s) => s.heading && s !== top && !isUnder(s, top))) return null;
  return restatesTitle(top, sections) ? top : null;
}

const isUnder = (s: Section, top: Section) => {
  for (let p = s.parent; p; p = p.parent) if (p === top) return true;
  return false;
};

/** Whether a title that asks is asked again by the first heading under it, about the same subject. */
function restatesTitle(title: Section, sections: Section[]): boolean {
  const first = sections.find((s) => s.parent === title);
  if (!first || !asks(first) || sections.indexOf(first) !== sections.indexOf(title) + 1) return false;
  const a = askedSubject(title.text);
  const b = askedSubject(first.text);
  return a.length >= 2 && a === b;
}

/**
 * Read a restated title (see above) as the note's name: a topic with no card of its own, whose
 * sections are the note's. Its own words, before the restated question, are named in a warning.
 */
export function unsetRestatedTitle(title: Section | null, sections: Section[], source: string, warnings: ParseWarning[]): void {
  const restated = restatedTitle(title, sections);
  if (!restated) return;
  const own = restated.blocks.find((b) => !isNoise(b, source));
  if (own) warnings.push({ line: own.line, message: `건너뛴 부분: "${restated.title}" 아래의 글 (같은 질문이 바로 아래 다시 나와 그 답을 카드로 삼았습니다)` });
  Object.assign(restated, { role: "topic", blocks: [] });
}
