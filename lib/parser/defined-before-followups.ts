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

/** "개념", "정의", "개요", "Definition": a definition heading as {@link DEFINITION}, with English. */
const OPENING_DEFINITION = /^((핵심|기본|한\s*줄)\s*)?(정의|개념|개요|definition|overview)$/i;
/** "개요", "Overview": an opening that may tell the topic's history rather than what it is. */
const OVERVIEW = /^(개요|overview)$/i;
/**
 * "Redis 정리", "네트워크 정리 (1)", "3주차 네트워크", "CS 스터디 - OS", "2024-03-12 TIL", "TIL 2024-03-02": a title naming
 * the notes (a study's week, a day's log), not a topic a definition defines or a question follows up.
 */
export const NAMES_NOTES = /(정리|요약|노트|정리본|스터디|공부|대비|study|notes?|summary|til)(\s*\(\d{1,2}\))?$|^(\d{1,2}\s*주차|week\s*\d|chapter\s*\d|\d{4}[-.]\d{1,2}[-.]\d{1,2}|til\b)|\d{4}[-.]\d{1,2}[-.]\d{1,2}$|(^|\s)(스터디|study)(\s|$)/i;
/** "면접 답변", "1분 답변", "답변 예시", "Answer": a heading naming the topic's answer. */
const NAMES_ANSWER = /(답변|답안|answer)/i;
/** Labels that make a note a question template ("## 30초 답변", "## 왜 중요한가", "## 과정"). */
const TEMPLATE_PARTS = new Set(["script", "why", "steps", "ask"]);
/** "압수수색의 기본" over "### 개념": the heading and its first part say one name together ("…의 기본 개념"). */
const QUALIFIES_NEXT = /(기본|주요|핵심|전체|세부|상세|간단한?)$/;

/**
 * A topic that says nothing itself and opens on its definition ("# 이진탐색트리"
 * then "## 정의", "## 개념", "### 💬 정의"): what the topic is, the answer to
 * "이진탐색트리에 대해 설명해 주세요.", whatever parts follow it. Read as a facet
 * of its own it asked "이진탐색트리의 정의에 대해 설명해 주세요." and left the
 * topic itself without a card. `bare` is the sub-heading's title without emoji
 * or numbering; the caller checks that the topic has no words of its own and
 * that the definition's words answer (not "이 문서는 …", links or a picture alone).
 */
export function opensWithDefinition(section: Section, parent: Section, siblings: Section[], bare: string): boolean {
  if (section.role !== "topic" || parent.role !== "topic" || siblings[0] !== section || !OPENING_DEFINITION.test(bare)) return false;
  // (a template's labelled parts beside it, "## 30초 답변", "## 왜 중요한가", or an answer under a name of its own,
  // "## 면접 답변", "## 1분 답변": the template's own reading decides)
  if (siblings.some((k) => (k.role === "label" && TEMPLATE_PARTS.has(k.label!)) || NAMES_ANSWER.test(k.title))) return false;
  // ("## 개요" of its history, then "## 정의": the definition is the later one, read as before)
  if (OVERVIEW.test(bare) && siblings.slice(1).some((k) => OPENING_DEFINITION.test(k.title.trim()) && !OVERVIEW.test(k.title.trim()))) return false;
  return !QUALIFIES_NEXT.test(parent.title.trim()) && !NAMES_NOTES.test(parent.title.trim());
}
