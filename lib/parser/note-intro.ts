/**
 * A note's introduction about itself: what the material is built from ("본 자료는
 * … 재구성하여 작성되었습니다"), announcements ("…을 알아보자") and the reader's
 * learning goals ("- STL이 무엇인지 이해하기", "- 직접 사용해 보기"). Such text
 * under a title answers nothing an interviewer asks.
 */
import { isNotice } from "./substantive-body";
import { isAnnouncement } from "./note-asides";

const LIST_ITEM = /^\s*([-*+]|\d{1,3}[.)])\s+/;
/** A learning goal: a nominalised verb of studying ("이해하기", "살펴보기", "사용해 보기"). */
const GOAL = /(이해하기|알아보기|익히기|살펴보기|공부하기|학습하기|정리하기|[어아해여]\s*보기)[.!]?$/;

/** Whether every paragraph of `markdown` is about the note itself: notices, announcements, goal lists. */
export function isAboutTheNote(markdown: string): boolean {
  const chunks = markdown.split(/\n\s*\n/).map((c) => c.trim()).filter(Boolean);
  if (chunks.length === 0) return false;
  return chunks.every((chunk) => {
    const lines = chunk.split("\n").map((l) => l.trim()).filter(Boolean);
    if (lines.every((l) => LIST_ITEM.test(l))) return lines.every((l) => GOAL.test(l.replace(LIST_ITEM, "").replace(/[*_`]/g, "").trim()));
    const text = lines.join(" ").replace(/[*_`]/g, "");
    return isNotice(text) || isAnnouncement(text);
  });
}
