/**
 * "# 인텐트(Intent)란 무엇인가요?" then, first thing under it, "### 인텐트란?":
 * the title asks the question the note answers under a heading of its own, and
 * names the note. Its other sections ("### 인텐트 유형") are the note's topics,
 * not parts of the title's answer; the restated question is the card.
 */
import { cleanHeading, isQuestion, isRequest } from "./questions";
import type { Section } from "./sections";

/** What a question asks about: emoji, spaces, "(Intent)"-style glosses and the asking ending aside. */
function askedSubject(text: string): string {
  return cleanHeading(text)
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
export function restatedTitle(title: Section | null, sections: Section[]): Section | null {
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
