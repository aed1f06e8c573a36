/**
 * A follow-up section grouped by the topics it follows up ("## 꼬리 질문" over
 * "### 가비지 컬렉션" and "### 로우 메모리 킬러", each over a list of its
 * questions answered under them): each group's heading names a topic the note
 * explained before, and its questions follow that topic up. Read as one
 * follow-up per group, the heading asked "가비지 컬렉션에 대해 설명해 주세요."
 * a second time, with the questions heaped into its answer.
 */
import type { List } from "mdast";
import { isNoise } from "./draft";
import { questionListItems } from "./extract-questions";
import { words } from "./parents";
import type { Section } from "./sections";

/** Whether a section holds nothing but lists each of whose items asks (answered under it or not). */
export function listsQuestionsOnly(section: Section, source: string): boolean {
  const content = section.blocks.filter((b) => !isNoise(b, source));
  return content.length > 0 && content.every((b) => b.node.type === "list" && (questionListItems(b.node as List, source)?.length ?? 0) === (b.node as List).children.length);
}

/** "더 생각해보기": the questions the writer asks next, grouped under the topics they follow up (no label by itself: under it, prose is musing). */
export const FURTHER_THOUGHTS = /^(더\s*)?생각해\s*보기$/;

/**
 * The topic or question heading before `anchor` (the follow-up label) that a
 * group's heading names: it shares three quarters of the group heading's
 * words or more; the one sharing most, then the one with fewest words of its
 * own ("인덱스" before "복합 인덱스"), then the nearest; else null. One common
 * word is no name: "메모리 단편화" names neither "캐시 메모리" nor "가상 메모리".
 */
export function namedTopicBefore(sections: Section[], anchor: Section, group: Section): Section | null {
  const own = words(group.title);
  if (own.size === 0) return null;
  let best: { section: Section; score: number; size: number } | null = null;
  for (const s of sections) {
    if (s.line >= anchor.line) break;
    if (s.role !== "topic" && s.role !== "question") continue;
    const theirs = words(s.title);
    let score = 0;
    for (const w of theirs) if (own.has(w)) score++;
    if (score === 0 || score * 4 < own.size * 3) continue;
    if (!best || score > best.score || (score === best.score && theirs.size <= best.size)) best = { section: s, score, size: theirs.size };
  }
  return best?.section ?? null;
}
