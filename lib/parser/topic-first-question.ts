/**
 * "### ✅ TCP 통신의 단점" explained, then "#### Q. TCP 통신의 단점을 설명해주세요."
 * and more "#### Q. …?" headings after it: the first question asks the topic
 * itself, the ones after it are what the interviewer asks next about it, its
 * follow-ups. Under a heading that only groups questions ("## 네트워크", "##
 * 운영체제 면접 질문"), the first question does not restate it, and under one
 * that explains nothing in parts of its own before its first question ("## 웹
 * 프로토콜" over "### 웹 프로토콜에 대해 설명해주세요", "### HTTP에 대해
 * 설명해주세요"), it names a category: every question stays a main question.
 */
import type { Section } from "./sections";

const PARTICLE = /(에서|으로|에게|이란|란|은|는|이|가|을|를|의|와|과|로|에|및)$/;

/** The words a topic heading names, markup, emoji and particles aside ("TCP의 흐름제어" → tcp, 흐름제어). */
function namedWords(title: string): string[] {
  return title
    .toLowerCase()
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}]/gu, " ")
    .split(/[^\p{L}\p{N}/.]+/u)
    .map((w) => w.replace(/\.+$/, ""))
    .map((w) => (/[가-힣]{2,}$/.test(w) ? w.replace(PARTICLE, "") : w))
    .filter((w) => w.length >= 2 && !/^\d+\.?$/.test(w));
}

/** Words that only ask ("에 대해서 설명해주세요", "무엇이 있을까요"): no part of what is asked about. */
const ASKING = /^(설명|설명해|설명해주세요|설명하시오|대해|대해서|관해|관해서|무엇|무엇인가요|무엇인지|뭔가요|있을까요|있나요|어떤|어떻게|인가요|주세요|해주세요|알려주세요|말해|말해주세요)$/;

/**
 * Whether a question asks what its topic heading names, and little more: two
 * thirds or more of the topic's words (two at least), and at most one word of
 * its own besides the asking ("교착 상태가 생기는 네 가지 조건은?", "자바에 가비지
 * 컬렉션이 필요한 이유는?" ask one facet of the topic, not the topic).
 */
function restatesTopic(question: string, topic: string): boolean {
  const words = namedWords(topic);
  if (words.length < 2) return false;
  const asked = namedWords(question.replace(/^\s*q\s*\d{0,3}\s*[.):：]\s*/i, "")).filter((w) => !ASKING.test(w));
  const matches = (a: string, t: string) => a.includes(t) || t.includes(a);
  const named = words.filter((t) => asked.some((a) => matches(a, t))).length;
  const extra = asked.filter((a) => !words.some((t) => matches(a, t))).length;
  return named * 3 >= words.length * 2 && extra <= 1;
}

/**
 * The question heading that asks its topic's own question first, when the
 * question heading at `index` comes later under the same topic heading, and the
 * topic is explained in a part of its own before that question (`explains`: a section with words).
 */
export function topicsFirstQuestion(sections: Section[], index: number, explains: (s: Section) => boolean): Section | null {
  const section = sections[index]!;
  const topic = section.parent;
  if (!topic || topic.role !== "topic") return null;
  const first = sections.find((s) => s.parent === topic && s.role === "question");
  if (!first || first === section || first.index > section.index) return null;
  // (explained in parts of its own before the questions, "#### 💬 …", "#### 정리": a line of prose over a run of
  // questions, "## 해시 테이블" then "### 해시 테이블이란?", "### 트리와 그래프의 차이는?", only names their subject)
  if (!sections.some((s) => s.parent === topic && s.index < first.index && s.role !== "question" && explains(s))) return null;
  return restatesTopic(first.title, topic.title) ? first : null;
}
