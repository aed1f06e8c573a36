/**
 * "### 그럼 Green thread는 단점만 존재하나요?" right after the sibling question
 * heading it answers back to ("### JVM에서는 어떻게 …처리하나요?"): it follows that
 * question up, as a "그럼 …?" `<summary>` after another summary does, not the
 * topic both sit under.
 */
import { HYPOTHETICAL, MORE_DETAIL, ONE_SIDE_LEFT_OUT, POINTS_BACK } from "./body-followups";
import { drillsCase, OF_THOSE, sharesName } from "./drilled-case";
import { textOf } from "./markdown";
import type { Ctx } from "./context";
import type { CardDraft } from "./draft";
import { leansOnQuestionBefore, sharesSubject } from "./own-question";
import { cleanPrompt, followupDepth } from "./questions";
import type { Section } from "./sections";
import { wasNumberedItem } from "./numbered-item-headings";

/** The question heading just before `sections[index]` at its level when that heading points back ("그럼 …", "그렇다면 …"). */
export function pointedBackSibling(sections: Section[], index: number, consumed?: ReadonlySet<Section>): Section | null {
  const section = sections[index]!;
  const asked = cleanPrompt(section.title);
  // ("### 왜필요하죠?" after "### 인터럽트란": a question too bare to stand alone leans on the one before it, as "그럼 …?" does)
  // ("캐시와의 차이는 뭔가요?" leaves out the side just asked about; "…에 대해 더 자세하게 설명해주세요" asks more of it,
  // when it names what that question named: "이벤트 루프에 대해 더 자세히 …" after "프로세스와 스레드의 차이는?" asks anew)
  const more = MORE_DETAIL.test(asked);
  const supposes = !POINTS_BACK.test(asked) && HYPOTHETICAL.test(asked);
  const ofThose = OF_THOSE.test(asked);
  const numbered = NUMBER_REFERENCE.exec(asked);
  const demonstrated = DEMONSTRATED.exec(asked);
  const points = (POINTS_BACK.test(asked) || supposes || ofThose || !!numbered || !!demonstrated || WHY_THIS.test(asked) || ONE_SIDE_LEFT_OUT.test(asked) || more) && !CHANGES_TOPIC.test(asked);
  const leans = !points && leansOnQuestionBefore(asked);
  if (!points && !leans) return null;
  // ("### 이런 처리율 제한 장치를 쓰면 …?" under "# 처리율 제한 장치의 설계": "이런" points at what the heading above names)
  if (section.parent && NAMING_BACK.test(asked) && namesSubjectOf(section.title, section.parent.title)) return null;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    if (s === section.parent) return null;
    // (past the headings the question before took as its answer: "#### A: …" and the sentences set as headings after it)
    if (s.parent !== section.parent || consumed?.has(s)) continue;
    // (a bare question leans past another bare one, "## 단점은?" after "## 장점은?", on what both ask about — a topic explained too)
    if (leans && s.role === "question" && leansOnQuestionBefore(cleanPrompt(s.title))) continue;
    // (…and a side compared after another, "JWT와의 차이점은?" after "로컬 스토리지와의 차이는?", with the question naming both)
    if (ONE_SIDE_LEFT_OUT.test(asked) && s.role === "question" && ONE_SIDE_LEFT_OUT.test(cleanPrompt(s.title))) continue;
    if (more && !POINTS_BACK.test(asked) && !sharesSubject(asked, s.title)) return null;
    // (…and "2. 그러면 …?" after "1. 스레싱이 발생하는 원인" in a numbered run of questions: the item before it, asked as a topic)
    const listedTopic = points && wasNumberedItem(s.heading) && wasNumberedItem(section.heading);
    // ("### 2. 만약 트래픽이 10배로 늘면 …?" after "### 1. 인덱스란?": a scenario of its own, naming nothing asked before)
    if (supposes && !drillsCase(asked, s.title)) return null;
    // ("### 그중 LRU를 …?": one of the things that question or its answer named)
    if (ofThose && !sharesName(asked, `${s.title}\n${s.blocks.map((b) => textOf(b.node)).join("\n")}`)) return null;
    // ("### 이 알고리즘을 많이 쓸까요?": only after a question that named an algorithm; under "## 퀵 정렬" after "피벗은 …?" it is the sort's)
    if (demonstrated && !POINTS_BACK.test(asked) && !namesDemonstrated(s.title, demonstrated[1]!)) return null;
    // (…a question it names may sit further back: "### 질문 1번에 이어서 …" under question 3 follows question 1; "문제 1번"
    // further back is a test's problem 1, "### 3. 문제 1번을 풀 때 …?" in a coding test's review, no question of the note)
    if (numbered && QUESTION_NUMBER.exec(s.text)?.[1] !== numbered[2]) {
      if (numbered[1] === "질문") continue;
      return null;
    }
    return s.role === "question" || ((leans || listedTopic) && s.role === "topic") ? s : null;
  }
  return null;
}

/**
 * "### 왜 이런 차이가 나나요?", "### 어떻게 그렇게 …?": a heading asking why or how of what the one before it said. (Inside an
 * answer the same words are its own rhetoric, fold-question-over-answer.test.ts: only a heading asks them anew.)
 */
const WHY_THIS = /^[+\s]*(왜|어떻게)\s+(이런|이렇게|그런|그렇게|이러한)\s/;

/** "문제 1️⃣에 답한 이유를 …", "질문 2번의 …": a question naming an earlier one by its number. */
const NUMBER_REFERENCE = /^[+\s]*(문제|질문)\s*(\d{1,2})[\uFE0F\u20E3]*\s*번?\s*(에|의|에서|을|를)\s/;
/** A question heading's own number: "1️⃣ Q. …", "Q1. …", "1. …", "질문 1. …" (never a sub-number's first part, "1-1. …"). */
const QUESTION_NUMBER = /^[\s#]*(?:(?:Q|질문|문제)\s*)?(\d{1,2})(?![-.]\d)/i;

/**
 * "이 알고리즘을 …?", "그 방법은 …?", "이 문제는 …?": a demonstrative over a noun that names nothing alone. It points at
 * the question before only when that question named such a thing ("FCFS 스케줄링 알고리즘이 뭔지 알아요?"); in a coding
 * problem's review "이 문제" is the note's problem, and under "## 다익스트라" "이 알고리즘" is the heading's.
 */
const DEMONSTRATED = /^[+\s]*(?:이|그)\s+(알고리즘|문제|방법|방식|분류|기법|구조|현상|원리|기능)(?:을|를|은|는|이|가|의|에|에서|으로|로|도)?[\s,]/;

/** Whether a question names the kind of thing a demonstrative points at ("…단점은요?" names a problem). */
function namesDemonstrated(title: string, noun: string): boolean {
  return title.includes(noun) || (noun === "문제" && /단점|한계|문제점|이슈|발생/.test(title));
}

/** "그렇다면 주제를 바꿔서 …": a question that says it moves on, not back. */
export const CHANGES_TOPIC = /(주제|화제|이야기)를\s*(바꿔|바꾸어|돌려)|다른\s*(주제|이야기)로|넘어가서/;

/** "이런 …", "이러한 …", "그런 …": a pointing word that names what it points at. */
const NAMING_BACK = /^[+\s]*(이런|이러한|그런|그러한)\s/;

/** Whether `title` names the subject of `parentTitle` (its title without a trailing "의 설계" / "개념" …; four letters or more, spaces and marks aside). */
function namesSubjectOf(title: string, parentTitle: string): boolean {
  const squash = (t: string) => t.replace(/^[\s\d.#)]+/, "").replace(/[^\p{L}\p{N}]+/gu, "");
  const subject = squash(parentTitle.replace(/(의|에\s*대한)?\s*(설계|개념|정리|이해|소개|개요)\s*$/, ""));
  return subject.length >= 4 && squash(title).includes(subject);
}

/** The card of that question heading (see pointedBackSibling), if it has one. */
export function pointedBackParent(ctx: Ctx, sections: Section[], index: number): CardDraft | undefined {
  // ("슬기's 꼬리의 꼬리의 꼬리질문: 그렇다면 …?": a chained follow-up names the link it drills, extract.ts)
  if (followupDepth(sections[index]!.text) >= 2) return undefined;
  const previous = pointedBackSibling(sections, index, ctx.consumed);
  const card = previous ? ctx.drafts.find((d) => d.lineStart === previous.line && (d.kind === "qa" || d.kind === "followup" || d.kind === "script")) : undefined;
  // (a bare facet after a follow-up, "### 단점은 뭐가 있을까?" after "### 어떠한 장점이 존재하는가?", asks of the topic both drill, as before)
  const asked = cleanPrompt(sections[index]!.title);
  const bare = !POINTS_BACK.test(asked) && !DEMONSTRATED.test(asked) && !ONE_SIDE_LEFT_OUT.test(asked) && !MORE_DETAIL.test(asked);
  return bare && card?.kind === "followup" ? undefined : card;
}
