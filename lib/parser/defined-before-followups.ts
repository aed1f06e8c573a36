/**
 * A study write-up's topic laid out as "## 1. 해시 테이블" over "### 핵심 정의"
 * and then only its follow-ups ("### 꼬리질문 ① 충돌 해결 방법", "### 꼬리질문
 * ② 왜 …?"): the definition is the topic's own answer, the one the follow-ups
 * follow. Read as a facet of its own ("해시 테이블의 핵심 정의") it left the
 * follow-ups with no card to follow.
 */
import { FOLLOWUP_MARK } from "./questions";
import type { Section } from "./sections";

/** "핵심 정의", "정의", "개념", "기본 개념", "개요": the heading a topic's own explanation is written under. */
const DEFINITION = /^((핵심|기본|한\s*줄)\s*)?(정의|개념|개요)$/;

/** Whether a section is its topic's definition, the first of its parts, every other one a follow-up. */
export function definesBeforeFollowups(section: Section, siblings: Section[]): boolean {
  const others = siblings.filter((k) => k !== section && k.depth === section.depth);
  const followsUp = (k: Section) => FOLLOWUP_MARK.test(k.text) || (k.role === "label" && k.label === "followups");
  return section.role === "topic" && siblings[0] === section && DEFINITION.test(section.title.trim()) && others.length > 0 && others.every(followsUp);
}
