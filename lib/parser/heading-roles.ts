/**
 * Heading roles decided from the outline before cards are made: which
 * sub-headings are parts of one explanation (folded into the heading they
 * explain), and which table-of-contents words really head a topic.
 *
 * Each rule is about the shape of the notes, never about one file:
 * - a sub-heading that names a facet of its parent (특징, 장단점, 예시,
 *   Example 1: …, 고려사항, 요약) is part of the parent's answer;
 * - a sub-heading that numbers a situation (상황 1. …할 때, Case 2: …) is
 *   part of the parent's answer;
 * - the components listed under a "…구조 / …구성 요소" heading that has no
 *   prose of its own, and the numbered kinds under such a "…종류" heading,
 *   are parts of that heading's answer when each is described briefly
 *   (a component explained at length is a sub-topic of its own);
 * Parts fold into topic headings only: a question heading already takes its
 * plain sub-headings as its answer.
 * - an empty bracketed group heading followed by a numbered run of headings
 *   at its own depth ("### [ 인덱스 설정 ]", "### 1. …", "### 2. …") is
 *   answered by that run (a flat outline written without deeper levels);
 * - "Index" / "Contents" over questions or prose is a topic, not a table of contents;
 * - a summary, glossary, caveats or "about" heading of the whole note
 *   (under its title), and a heading that is only a link to another note,
 *   ask nothing: they are skipped like a table of contents; so is a
 *   chapter's name linking to its own document over a list of its topics;
 * - a sentence set as a deeper heading right under an empty heading
 *   ("## 3. 라운드 로빈" then "#### 각 프로세스가 … 할당하는 방식") is that
 *   heading's lead line, written big: it opens the heading's answer.
 */
import { squeezed } from "./title-facets";
import { isFootnoteBlock } from "./footnotes";
import type { Block } from "./blocks";
import { isNoise } from "./draft";
import { classifyLabel, isDressedAnswerHeading, isResearchLabel, namesAnswerVersion, normalizeLabel } from "./labels";
import { isQuestion, isRequest, withoutCategoryTag } from "./questions";
import type { List, ListItem } from "mdast";
import { isAskedSentence } from "./asked-sentence";
import { findRepeatedFacets } from "./repeated-facets";
import { findBriefParts } from "./brief-parts";
import { isUnnamedPart } from "./unnamed-part";
import { isGenericPart } from "./generic-part";
import { definesBeforeFollowups, opensWithDefinition } from "./defined-before-followups";
import { textOf } from "./markdown";
import { isAuthorAfterword, namesConclusion, namesContainer } from "./container-heading";
import { questionOf } from "./segments";
import { questionListItems } from "./extract-questions";
import { ANSWER_ON_HEADING } from "./heading-answers";
import type { Section } from "./sections";
import { isSubstantive } from "./substantive-body";

/** Facet words: a heading that is only one of these explains a facet of its parent. */
const FACETS = new Set([
  "특징", "장점", "단점", "장단점", "장점과 단점", "예시", "예제", "예", "사용 예", "사용 예시", "예시 코드", "코드 예시", "예제 코드", "코드",
  "한계", "고려사항", "고려 사항", "주의사항", "주의 사항", "주의할 점", "요약", "한줄 요약", "한 줄 요약", "정리",
  "example", "examples", "code", "pros", "cons", "pros and cons", "summary", "tl;dr", "tldr", "breakdown",
  // its problems, how to approach it, its cost and an example's output are facets too
  "접근 방법", "접근방법", "해결책", "풀이", "풀이 방법", "소스코드", "소스 코드", "source code",
  "문제점", "시간 복잡도", "시간복잡도", "공간 복잡도", "공간복잡도", "복잡도", "시간 복잡도와 공간 복잡도", "time complexity", "space complexity", "complexity",
  "출력 결과", "출력결과", "실행 결과", "실행결과", "결과", "output",
  "목적", "특성", "용도",
  "characteristic", "characteristics", "feature", "features", "advantages", "disadvantages", "advantages and disadvantages",
  "limitation", "limitations", "note", "notes", "issue", "issues", "purpose", "usage",
]);
/** "Pros of multi-threading", "Advantages of paging": one side of the parent, named after it. */
const SIDE_OF = /^(pros|cons|advantages|disadvantages|benefits|drawbacks|limitations|characteristics|features) of\b/i;

/** "Example 1: …", "예시 2) …": one worked example of the parent. */
const EXAMPLE_PREFIX = /^(example|예시|예제)\s*\d{0,2}\s*[:.)]/i;
/** "시스템 콜 예시", "선택도의 예시": an example of something named in the parent. */
const EXAMPLE_SUFFIX = /(의|\s)(예시|예제)$/;
/** "상황 1. …할 때", "Case 2: …": one of the situations the parent's answer walks through. */
const SITUATION = /^(상황|case)\s*\d{1,2}\s*[:.)]/i;
/** "토스 기술 블로그에서", "공식 문서에 따르면": where the words under it come from, told as part of the parent's answer. */
const SOURCE_TOLD = /(블로그|(공식|기술|개발자|api|레퍼런스)\s*문서|책|도서|강의|강연|영상|유튜브|발표|테코톡|아티클|논문|컨퍼런스|세미나|레퍼런스)\s*(에서|에\s*따르면|에서는)$/i;
/** A heading naming a structure whose components follow as sub-headings. */
const STRUCTURE = /(구조|구성\s*요소|구성|components|structure)$/i;
/** A heading naming kinds, enumerated by a numbered run of sub-headings. */
const KINDS = /(종류|유형|분류|kinds|types)$/i;
/** Numbered headings: "1.", "2)", "[3]", "(4)". */
const NUMBERED = /^\s*(\d{1,2}[.)]|\[\d{1,2}\]|\(\d{1,2}\))\s*/;
/** "[ 인덱스 설정 : MySQL ]": a heading written as a bracketed group label. */
const BRACKETED = /^\s*\[[^\]]+\]\s*$/;
/** Headings about the note as a whole: its summary, glossary, caveats. */
const NOTE_ASIDES = new Set(["요약", "전체 요약", "summary", "tl;dr", "tldr", "glossary", "용어집", "caveats", "caveat", "disclaimer", "disclaimers", "면책 조항", "about", "about this repository", "about us", "소개",
  // how to use or write the notes themselves ("## 🖱️ 사용법" over a CLICK ME fold demo)
  "사용법", "사용 방법", "이용 방법", "읽는 방법", "작성 방법", "작성법", "작성 요령", "how to use", "how to read", "how to write"]);

/** Of the asides, those naming how something is used: of the notes themselves, or of the topic the note is about. */
const NOTE_USAGE = new Set(["사용법", "사용 방법", "이용 방법", "how to use"]);

/**
 * Whether a usage section tells how the note's topic is used ("# React" › "## 사용법" › "### 1) 조건부 렌더링",
 * "### 2) 스타일링"), not how to use the notes: under a title naming a topic (no study, no collection), two parts
 * or more, each naming a thing rather than a step to take ("브랜치 만들기", "답 보기") or a facet ("주의").
 */
function usesTopic(section: Section, parts: Section[], title: Section | null): boolean {
  if (!title || /스터디|study|모음|정리|면접|interview|노트|notes?/i.test(title.title)) return false;
  return parts.length >= 2 && parts.every((k) => !/[가-힣]기$/.test(bareTitle(k)) && !isGenericPart(k.title) && !FACETS.has(bareTitle(k)));
}

/**
 * "오늘의 핵심 한 줄", "최종 면접용 요약", "오늘 반드시 기억할 문장": the day's (or the whole note's)
 * summary, under its title (unless it asks something there: "> **…유지할 것인가, 지울 것인가?**", a
 * listed "- TCP와 UDP의 차이는?"). "…정리" is left out: "최종 일관성 정리" names a topic.
 * A single question's "핵심 요약" or "한 줄 정의" is a facet of its answer, not this.
 */
const NOTE_SUMMARY = /^(오늘|금일|하루|최종|전체)(의)?\s.*(요약|한\s*줄|문장)$|(반드시|꼭)\s*기억할\s*(문장|것|내용)$/;


/**
 * Whether a section concludes the topic it sits under: a conclusion's heading, prose of its own that speaks of
 * the topic (no afterword), and a parent with an explanation of its own before it (a note's title too).
 */
function concludesTopic(section: Section, title: Section | null, source: string, hasSubsections: boolean): boolean {
  const parent = section.parent;
  // (a "## 정리" over sub-headings of its own is a part of the note, its questions cards of their own)
  if (hasSubsections || !parent || (parent.role !== "topic" && parent.role !== "question") || !namesConclusion(bareTitle(section))) return false;
  const own = ownText(section, source);
  // (…and asks nothing: "## 정리" over "…? → …" lines is a list of questions)
  return own.length >= 20 && !isAuthorAfterword(own) && !/[?？]/.test(own) && !asksInBody(section, source) && hasOwnProse(parent, source, parent === title ? 80 : 20);
}

/** Whether a section's own body asks anything: a question line, or any line ending in "?" (a listed question). */
function asksInBody(section: Section, source: string): boolean {
  return section.blocks.some((b) => questionOf(b, source) || /[?？]\s*$/m.test(source.slice(b.start, b.end)));
}

/** "### [📖 정리노트](./contents/network)": a heading that is only a link points to another note. */
function isLinkHeading(section: Section): boolean {
  const kids = (section.heading?.children ?? []).filter((c) => !(c.type === "text" && !c.value.trim()));
  return kids.length === 1 && kids[0]!.type === "link";
}
/**
 * "## 데이터베이스 [Link](../Database)" over "- 인덱스", "- 정규화": a chapter's
 * name with a link to its own document, whose body only names the topics
 * (or short questions) found there, after at most one short lead line: a
 * table of contents split by chapter.
 */
function isChapterPointer(section: Section, source: string): boolean {
  const kids = (section.heading?.children ?? []).filter((c) => !(c.type === "text" && !c.value.trim()));
  // (a bare URL, "출처: https://…", cites a source; a pointer names its link: "[Link](…)", "[🔍](…)")
  // (…and a domain written in the heading's words, "www.naver.com에 접속할 때", is autolinked, not a pointer)
  const bare = (t: string) => t.trim().replace(/^(https?:\/\/|mailto:)/i, "").replace(/\/$/, "");
  const pointsAway = kids.some((c) => c.type === "link" && !c.url.startsWith("#") && bare(textOf(c)) !== bare(c.url));
  const named = kids.some((c) => c.type !== "link" && /[\p{L}\p{N}]/u.test(textOf(c)));
  if (!pointsAway || !named) return false;
  const body = section.blocks.filter((b) => !isNoise(b, source));
  const lists = body.filter((b) => b.node.type === "list");
  // one short line may introduce the list ("…를 기반으로 작성한 목차입니다.")
  const lead = body.filter((b) => b.node.type === "paragraph");
  if (lead.length > 1 || lead.map((b) => textOf(b.node)).join("").length > 200 || (lead[0] && lead[0] !== body[0])) return false;
  return lists.length > 0 && lists.length + lead.length === body.length && lists.every((b) => namesTopicsOnly(b.node as List));
}

/** A list (nested lists too) whose items are short names or questions, not sentences. */
function namesTopicsOnly(list: List): boolean {
  return (list.children as ListItem[]).every((item) => {
    const [head, ...rest] = item.children;
    if (!head || head.type !== "paragraph") return false;
    const first = (textOf(head).split("\n")[0] ?? "").trim();
    if (first.length > 40 || (/[.!다요]$/.test(first) && !isQuestion(first))) return false;
    return rest.every((r) => r.type === "list" && namesTopicsOnly(r));
  });
}

/** Table-of-contents words that may also name a real topic ("Index" in databases). */
const TOC_WORDS = new Set(["index", "contents", "목차", "toc"]);
/** "## 목록" (HTML lists), "## 구성원" (a class's members): label words that are also topics, read so when prose, not a list or table, is under them. */
const PROSE_TOPIC_WORDS = new Set(["목록", "구성원"]);

/** Heading text without emoji, brackets, numbering and a trailing colon, lower-cased. */
function bareTitle(section: Section): string {
  return normalizeLabel(section.text.replace(/^\s*\[\s*(.*?)\s*\]\s*$/, "$1").replace(NUMBERED, ""));
}

/** Whether a section's own body (before its sub-headings) has any prose. */
function hasOwnProse(section: Section, source: string, min = 20): boolean {
  return ownText(section, source).length >= min;
}

/**
 * A list that explains rather than points: few of its items are links, and its
 * items have points nested under them or run long (a table of contents is short
 * titles or links, one per line).
 */
function explainsInList(list: List): boolean {
  const items = list.children as ListItem[];
  const heads = items.map((i) => i.children[0]).filter((p) => p?.type === "paragraph");
  const linked = heads.filter((p) => p.children.some((c) => c.type === "link")).length;
  if (items.length === 0 || linked * 2 >= items.length) return false;
  const meanLength = heads.reduce((n, p) => n + textOf(p).length, 0) / items.length;
  // (a contents nests its chapters' titles under them: only what is nested and explains makes the list explain)
  // (…"<br>" lines run on under the last title are spacing, no explanation)
  const spacing = (c: ListItem["children"][number]) => c.type === "html" && /^\s*(<br\s*\/?>\s*)*$/i.test(c.value);
  return meanLength > 30 || items.some((i) => i.children.slice(1).some((c) => !spacing(c) && (c.type !== "list" || explainsInList(c) || saysInSentences(c))));
}

/** A list whose items are sentences ("…바로 안다.", "…공간이 더 든다"), not the titles a contents nests. */
function saysInSentences(list: List): boolean {
  return (list.children as ListItem[]).some((i) => i.children[0]?.type === "paragraph" && /(다|요|음|함|임|됨|[.!])$/.test(textOf(i.children[0]).trim()));
}

/** The prose of a section's own body, whitespace collapsed. */
function ownText(section: Section, source: string): string {
  return section.blocks
    .filter((b) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "list" || b.node.type === "blockquote" || !!b.details))
    .map((b) => (b.details ? b.details.summary : textOf(b.node)))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * A subtitle: the first thing under an empty heading is a heading two or
 * more levels deeper that reads as a sentence (five words or more) and
 * does not ask. Short names ("#1" → "### linked list") stay topics.
 */
function isSubtitle(section: Section, previous: Section | undefined, source: string, title: Section | null, siblings: Section[] = []): boolean {
  const parent = section.parent;
  if (!parent || parent !== previous || section.role !== "topic" || parent.role !== "topic") return false;
  // the note's title keeps its own intro; a numbered heading is one item of a run
  if (parent === title || NUMBERED.test(section.text) || !isEmpty(parent, source)) return false;
  // a request with a rider, or an English question written without "?", still asks
  if (isRequest(section.title) || isAskedSentence(section.title)) return false;
  // (…and a question put as a noun, "…렌더링 속도를 개선하기 위한 방법", among questions under a group heading ("## 그 외"
  // over it and "### SVG란?") is asked too; alone under a topic, "…메모리 관리 방법" under "## 가상 메모리" defines it)
  if (ASKED_AS_NOUN.test(section.title.replace(/[`*_]/g, "").trim()) && siblings.some((s) => s !== section && s.role === "question")) return false;
  // words outside brackets: "AIMD (Additive Increase / Multiplicative Decrease)" is a name
  const words = section.title.replace(/\([^()]*\)/g, " ").split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  // two levels down a five-word phrase reads as a lead; one level down it takes a sentence or a long defining phrase
  const states = /(다|요|음|함)[.!]?$/.test(section.title);
  return section.depth >= parent.depth + 2 ? words.length >= 5 : words.length >= 7 || (states && words.length >= 4);
}

/** A long heading ending on what a question asks for: its way, reason, difference, workings, steps. */
const ASKED_AS_NOUN = /(방법|이유|차이점?|원리|과정|장단점|역할|목적|기준|조건|동작\s*방식|해결\s*(방안|방법|책))$/;

/** A section whose own text ends by announcing what follows: a colon, "다음과 같다", "아래와 같다". */
function announcesParts(section: Section, source: string): boolean {
  const last = [...section.blocks].reverse().find((b) => !isNoise(b, source));
  if (!last || last.node.type !== "paragraph") return false;
  const text = textOf(last.node).replace(/\s+/g, " ").trim();
  return /[:：]$/.test(text) || /(다음|아래)(과|와)\s*같(다|습니다)[.:]?$/.test(text);
}

/** A heading naming a procedure ("…과정", "…순서", "…절차", "…단계", a parenthesis aside). */
const PROCEDURE_TITLE = /(과정|순서|절차|단계|흐름)\s*(\([^()]*\))?\s*[?？]?$/;

/** Sub-headings that are steps: two or more, all plain topics numbered 1, 2, 3, … in order. */
function numbersSteps(children: Section[]): boolean {
  // ("#### 1-1 만약 캐시에 있다면, …" under step 1: a branch of that step, not a step of its own)
  // (a heading set shallower than the steps after them, "### 전반적인 구조" after "#### 8. …", is no step)
  const depth = children[0]?.depth;
  // (…unless it asks: "### 1-1. 바이트코드를 쓰는 이유는?" is a question of its own, and the run no steps)
  const steps = children.filter((c) => c.depth === depth && !(SUB_STEP.test(c.text) && c.role !== "question"));
  if (steps.length < 2) return false;
  return steps.every((c, i) => c.role === "topic" && stepNumber(c.text)?.number === i + 1);
}

/** A step's number and words: "1. …", "1) …", or numbered with a keycap ("1️⃣ …") or a circled digit ("① …"). */
export function stepNumber(text: string): { number: number; words: string } | null {
  const t = text.trim();
  const m = /^(\d{1,2})[.)]\s*(.+)$/.exec(t) ?? /^([1-9])\uFE0F?\u20E3\s*(.+)$/u.exec(t);
  if (m) return { number: Number(m[1]), words: m[2]! };
  const c = /^([\u2460-\u2473])\s*(.+)$/u.exec(t);
  return c ? { number: c[1]!.codePointAt(0)! - 0x2460 + 1, words: c[2]! } : null;
}

/** A numbered branch of a step ("1-1 …", "2-1. …"). */
export const SUB_STEP = /^\s*\d{1,2}-\d{1,2}[.)]?\s/;

function isEmpty(section: Section, source: string): boolean {
  return section.blocks.every((b) => isNoise(b, source));
}

/** Whether a section says nothing of its own but a quote ("> SYN: …, ACK: …", the terms its steps use). */
function quotesOnly(section: Section, source: string): boolean {
  return section.blocks.some((b) => b.node.type === "blockquote") && section.blocks.every((b) => isNoise(b, source) || b.node.type === "blockquote");
}

/** Whether a topic sub-heading is a part of its parent's explanation (by its own words, or as one of a run of worked calls among `siblings`). */
function isPartHeading(section: Section, siblings: Section[], hasKids = false): boolean {
  if (section.role !== "topic") return false;
  const bare = bareTitle(section);
  return FACETS.has(bare) || EXAMPLE_PREFIX.test(bare) || EXAMPLE_SUFFIX.test(bare) || SITUATION.test(bare) || SIDE_OF.test(bare) || (SOURCE_TOLD.test(bare) && !hasKids) || isUnnamedPart(section.title, siblings.map((k) => k.title));
}

/** A side's name as compared: markup and spacing aside, lower-cased. */
function sideKey(text: string): string {
  // ("프로세스(Process)": the name with its gloss is the name)
  return text.replace(/[`*_]/g, "").replace(/(?<=\S)\s*\([^()]*\)$/, "").replace(/\s+/g, "").toLowerCase();
}

/** The sides a comparison question names ("A와 B의 차이점은?", "A vs B", "A, B, C의 차이"), keyed by {@link sideKey}. */
function comparedSides(question: string): Set<string> {
  const m = /^(.+?)\s*(?:의\s*)?(?:차이점?|차이는|비교|공통점|구분)/.exec(question.replace(/[`*_]/g, "")) ?? /^(.+?\s+vs\.?\s+\S+)/i.exec(question.replace(/[`*_]/g, ""));
  if (!m) return new Set();
  // ("HTTP/1.1, HTTP/2": a slash belongs to a name)
  const parts = m[1]!.split(/\s*(?:,|\bvs\.?\b|(?<=\S)(?:와|과|및|랑|이랑)\s+|\s+(?:and|or)\s+)\s*/i).map((p) => p.replace(/(?<=\S)(의|와|과)$/, "").trim()).filter(Boolean);
  return new Set(parts.map(sideKey));
}

/** A structure (or its kinds, numbered) listed as sub-headings under a heading with no prose of its own. */
function isComponentList(parent: Section, children: Section[], source: string): boolean {
  if (hasOwnProse(parent, source) || children.some((k) => k.role !== "topic")) return false;
  const bare = bareTitle(parent);
  const kinds = children.filter((k) => !isPartHeading(k, children));
  // components explained at length are sub-topics of their own ("[7] 응용 계층" with its protocols and role)
  if (kinds.some((k) => ownText(k, source).length > 160)) return false;
  return STRUCTURE.test(bare) || (KINDS.test(bare) && kinds.length >= 2 && kinds.every((k) => NUMBERED.test(k.text)));
}

/** Whether a section's heading text recurs among its siblings (facets written flat, after each item). */
function recursAmong(section: Section, siblings: Section[]): boolean {
  const key = normalizeLabel(section.title || section.text);
  return siblings.some((x) => x !== section && normalizeLabel(x.title || x.text) === key);
}

/** Heading block of a section, to keep the sub-heading inside the folded answer. */
function headingOf(section: Section): Block[] {
  const h = section.heading;
  if (!h?.position) return [];
  return [{ node: h, start: h.position.start.offset ?? 0, end: h.position.end.offset ?? 0, line: h.position.start.line, endLine: h.position.end.line }];
}

/**
 * Decide heading roles and fold part headings into the heading they belong
 * to. Returns the new section list (folded sections removed, indexes renumbered).
 */
export function assignHeadingRoles(sections: Section[], source: string, title: Section | null, facetedTopic: Section | null = null): Section[] {
  const children = new Map<Section, Section[]>();
  for (const s of sections) {
    if (!s.parent) continue;
    const list = children.get(s.parent);
    if (list) list.push(s);
    else children.set(s.parent, [s]);
  }
  const kids = (s: Section) => children.get(s) ?? [];

  // "## 자료 조사" is more of the answer only beside the answer itself ("## 답안"): alone, under a study's title or over
  // topics of its own, it is the heading it always was
  for (const s of sections) {
    if (s.role !== "label" || s.label !== "script" || !isResearchLabel(s.text)) continue;
    const siblings = s.parent ? kids(s.parent) : sections.filter((o) => !o.parent);
    if (!siblings.some((o) => o !== s && o.role === "label" && o.label === "script" && !isResearchLabel(o.text))) Object.assign(s, { role: "topic", label: null });
  }

  for (const s of sections) {
    // "## Index" over "### 인덱스란 무엇인가?": the database topic, not a table of contents
    // (…and "### 1. Index" over "- DB Index에 대한 설명" with the explanation nested under it: its lists explain, a contents' lists point)
    if (s.role === "label" && s.label === "skip" && PROSE_TOPIC_WORDS.has(normalizeLabel(s.text)) && hasOwnProse(s, source, 20) && s.blocks.every((b) => b.node.type !== "list" && b.node.type !== "table")) {
      s.role = "topic";
      s.label = null;
    }
    // (…"비유하자면 책의 목차" over prose likewise; a named contents, "## HTML 목차", over question headings stays a contents)
    const named = /\s목차$/.test(normalizeLabel(s.text));
    // (only "Index" names a topic over questions: "## 목차" over them is a contents the writer nested the note under)
    if (s.role === "label" && s.label === "skip" && (TOC_WORDS.has(normalizeLabel(s.text)) || named) && ((normalizeLabel(s.text) === "index" && kids(s).some((k) => k.role === "question")) || (hasOwnProse(s, source, 20) && !s.blocks.some((b) => /\]\(#/.test(source.slice(b.start, b.end))) && s.blocks.every((b) => b.node.type !== "list" || explainsInList(b.node))))) {
      s.role = "topic";
      s.label = null;
    }
  }

  // "## 주석" over "[^1]: …" and nothing else: the notes of the answers that cite them (footnotes.ts), no topic
  for (const s of source.includes("[^") ? sections : []) {
    if (s.role === "topic" && kids(s).length === 0 && s.blocks.some((b) => isFootnoteBlock(b, source)) && s.blocks.every((b) => isNoise(b, source) || isFootnoteBlock(b, source))) {
      s.role = "label";
      s.label = "sources";
    }
  }

  // advice as a heading explained at length under it ("### 5. 관련 문제를 떠올려 보십시오." over a paragraph on how): a tip the note
  // teaches, a topic like the tips beside it; only a bare pointer to elsewhere ("…을 확인해 보세요" over a link) is skipped
  for (const s of sections) {
    if (s.role === "label" && s.label === "skip" && classifyLabel(s.text) === null && hasOwnProse(s, source, 80)) {
      s.role = "topic";
      s.label = null;
    }
  }

  // "## spring IoC/DI의 동작원리" over "### 핵심답변" (or "### 💬 면접 답변") right under it, the topic saying nothing itself:
  // the dressed answer heading labels that topic's answer as "### 답변" does (one of several versions, "### 30초 답변", is not "the" answer)
  for (const s of sections) {
    const parent = s.parent;
    if (s.role !== "topic" || !parent || parent.role !== "topic" || kids(parent)[0] !== s || !isDressedAnswerHeading(s.text) || namesAnswerVersion(s.text) || hasOwnProse(parent, source, 1)) continue;
    // (…with an answer of its own: "## 면접 답변" over question headings and nothing else heads the note's answered questions,
    // and one over "- **…는?**" items answered under them holds questions of its own)
    if (!hasOwnProse(s, source, 20) || s.blocks.some((b) => /[?？][*_]*\s*$/m.test(source.slice(b.start, b.end)))) continue;
    s.role = "label";
    s.label = "script";
  }

  // "## JVM" › "### 질문" over "- 그럼, …없나요?" items answered under them: the questions an interviewer asks after that
  // topic, its follow-ups as under "### 관련 질문" (not "### 질문" over a paragraph paired with "### 답변", nor a list under the title)
  for (const s of sections) {
    if (s.role === "label" && s.label === "ask" && drillsItsTopic(s, title, source, kids(s.parent!))) s.label = "followups";
  }

  // "## 결론" closing a topic the note explains ("# useEffect와 useLayoutEffect" over its prose, then "## 결론"): the
  // explanation's last part, folded into it below — not the author's closing words about the study or the interview
  for (const s of sections) {
    if (s.role === "label" && s.label === "skip" && concludesTopic(s, title, source, kids(s).some((k) => k.role !== "label"))) {
      s.role = "topic";
      s.label = null;
    }
  }

  // a summary of the whole note, or a glossary or disclaimer, asks nothing
  for (const s of sections) {
    if (s.role !== "topic") continue;
    // (a note's title written as a link over sections of its own, "# [두나무 기술면접](https://…)", names where the note comes
    // from: skipping it dropped the whole note; one over a line pointing to the link alone is still a pointer)
    const namesSource = (s === title || s === facetedTopic) && sections.some((k) => k.parent === s);
    // ("## 사용법" over "### 1) 조건부 렌더링", "### 2) 이벤트 핸들링" under "# React": how the topic is used, its parts
    // topics of their own; how to use the notes has no parts)
    const aside = NOTE_ASIDES.has(bareTitle(s)) && !(NOTE_USAGE.has(bareTitle(s)) && usesTopic(s, sections.filter((k) => k.parent === s), title));
    if (!(isLinkHeading(s) && !namesSource) && !isChapterPointer(s, source) && !((s.parent === title || s.parent?.role === "root") && (aside || (NOTE_SUMMARY.test(bareTitle(s)) && !asksInBody(s, source))))) continue;
    s.role = "label";
    s.label = "skip";
  }

  // owner of each folded section (the section whose answer it becomes)
  const owner = new Map<Section, Section>();
  const repeated = findRepeatedFacets(sections, title);
  const firstHeading = sections.find((k) => k.heading);
  const conclusions = new Set<Section>();
  // brief items written as headings under an empty heading (see brief-parts.ts)
  for (const [part, parent] of findBriefParts(sections, kids, source, title)) owner.set(part, parent);
  for (let i = 0; i < sections.length; i++) {
    const s = sections[i]!;
    const parent = s.parent;
    if (parent && owner.has(parent)) {
      owner.set(s, owner.get(parent)!);
      continue;
    }
    if (isSubtitle(s, sections[i - 1], source, title, parent ? kids(parent) : [])) {
      owner.set(s, parent!);
      continue;
    }
    // "### 브라우저 렌더링 과정" with nothing of its own over "##### 1. DOM 생성", "##### 2. …": the procedure's steps, one answer
    // (…and "## 과정" itself, a label naming the steps, over "### 1️⃣ Client > Server : SYN", "### 2️⃣ …")
    if (parent && parent !== title && parent.depth > 0 && (parent.role === "topic" || parent.role === "question" || (parent.role === "label" && parent.label === "steps")) && PROCEDURE_TITLE.test(parent.title) && (isEmpty(parent, source) || quotesOnly(parent, source)) && numbersSteps(kids(parent)) && s.depth >= kids(parent)[0]!.depth) {
      owner.set(s, parent);
      continue;
    }
    // "…helps you to:" / "…다음과 같다." right before the sub-headings: they are the list it announces
    // (numbered sub-headings stay a run of topics of their own: "재전송되는 경우는 다음과 같다" over "##### 1. …", "##### 2. …")
    if (parent && parent !== title && parent.depth > 0 && s.role === "topic" && !NUMBERED.test(s.text) && (parent.role === "topic" || parent.role === "question") && announcesParts(parent, source)) {
      owner.set(s, parent);
      continue;
    }
    // ("# TCP 3-way Handshake" over its definition, then "## 내용" over the steps: more of that explanation, never a
    // second card asking the same; a "## 내용" over topic sub-headings of its own stays their container)
    if (parent && (parent.role === "topic" || parent.role === "question") && s.role === "topic" && namesContainer(s.text) && !kids(s).some((k) => k.role !== "label") && hasOwnProse(parent, source, 20)) {
      owner.set(s, parent);
      continue;
    }
    // (a topic's conclusion, under the note's title too when the title is that topic)
    if (concludesTopic(s, title, source, kids(s).some((k) => k.role !== "label"))) {
      owner.set(s, parent!);
      if (classifyLabel(s.text) === "skip") conclusions.add(s);
      continue;
    }
    // (a note about one topic, "# 기수 정렬" over "## 기본 개념", "## 원리", "## 장점" …: every facet is the topic's answer)
    if (parent && parent === facetedTopic && parent.role === "topic" && classifyLabel(s.text) !== "sources" && classifyLabel(s.text) !== "skip") {
      owner.set(s, parent);
      continue;
    }
    // ("### 4. 고아 객체는 무엇이고, 언제 사용하는가요?" over "#### 고아 객체란?" and "#### 언제 사용하는가?": the parts of the
    // question it sits under, asking nothing of their own, are its answer, not follow-ups)
    // (…but the whole question asked again under the heading that opens a note with no title, "### 인덱스에 대해 설명해주세요."
    // under "## [Database]인덱스에 대해 설명해주세요", is the note's question: that heading names the note, restated-title.ts)
    if (parent && parent !== title && parent.role === "question" && s.role === "question" && restatesPartOf(s.title, parent.title) && !(title === null && parent === firstHeading && asksAgain(s.title, parent.title))) {
      owner.set(s, parent);
      continue;
    }
    // ("# Heap" over "### Heap은" and "- complete binary tree 이면서 …": a sentence about the topic, its heading the subject, is its answer)
    if (parent && parent !== title && parent.role === "topic" && s.role === "topic" && kids(s).length === 0 && namesSubjectOf(s.title, parent.title)) {
      owner.set(s, parent);
      continue;
    }
    // ("# 이진탐색트리" with nothing of its own over "## 정의" first: the definition is the topic's answer, the note's title included)
    if (parent && kids(s).length === 0 && opensWithDefinition(s, parent, kids(parent), bareTitle(s)) && !hasOwnProse(parent, source) && isSubstantive(s.blocks, source)) {
      owner.set(s, parent);
      continue;
    }
    if (!parent || parent.role !== "topic" || parent === title) continue;
    // a facet written flat, as the next sibling of a topic ("#### Greedy" then "#### 접근 방법"), explains that topic
    const prev = sections[i - 1];
    const sibling = prev && prev !== parent && prev.parent === parent && prev.depth === s.depth && prev.role === "topic" ? prev : null;
    if (isPartHeading(s, kids(parent), kids(s).length > 0)) owner.set(s, sibling ? (owner.get(sibling) ?? sibling) : parent);
    // (a recurring facet is its parent's, "### 일관성" under ACID never "### 원자성"'s; the sibling's only when it recurs under this parent too, written flat)
    else if (repeated.has(s)) owner.set(s, sibling && recursAmong(s, kids(parent)) ? (owner.get(sibling) ?? sibling) : parent);
    else if (s.role === "topic" && isComponentList(parent, kids(parent), source)) owner.set(s, parent);
    // ("## 1. 해시 테이블" over "### 핵심 정의" and then only "### 꼬리질문 ① …": the definition is the topic's answer)
    else if (!hasOwnProse(parent, source) && definesBeforeFollowups(s, kids(parent))) owner.set(s, parent);
  }
  // flat outlines: an empty heading followed by a numbered run at its own depth
  // (…or a question heading, not numbered itself, followed by a run numbered from 1: "### …를 설명해주세요." then "### 1. 보안 강화", "### 2. …")
  for (let i = 0; i < sections.length; i++) {
    const head = sections[i]!;
    const asksOverRun = head.role === "question" && !NUMBERED.test(head.text) && /^\s*1[.)]/.test(sections[i + 1]?.text ?? "") && sections[i + 1]!.parent === head.parent && sections[i + 1]!.depth === head.depth;
    if (head === title || owner.has(head) || !(asksOverRun || (head.role === "topic" && BRACKETED.test(head.text) && isEmpty(head, source)))) continue;
    let j = i + 1;
    while (j < sections.length && sections[j]!.parent === head.parent && sections[j]!.depth === head.depth && sections[j]!.role === "topic" && NUMBERED.test(sections[j]!.text)) {
      owner.set(sections[j]!, head);
      j++;
      while (j < sections.length && sections[j]!.depth > head.depth) owner.set(sections[j]!, head), j++;
    }
  }
  // (…or an empty comparison question followed by headings at its own depth that name, one each, the sides it compares:
  // "### onCreate와 onStart의 차이점은?" then "### onCreate", "### onStart")
  for (let i = 0; i < sections.length; i++) {
    const head = sections[i]!;
    if (head === title || owner.has(head) || !(head.role === "question" || (head.role === "topic" && /\svs\.?\s/i.test(head.title))) || !isEmpty(head, source)) continue;
    const sides = comparedSides(head.title);
    let j = i + 1;
    const run: Section[] = [];
    while (j < sections.length && sections[j]!.parent === head.parent && sections[j]!.depth === head.depth && sections[j]!.role === "topic" && sides.has(sideKey(sections[j]!.title)) && !run.some((r) => sideKey(r.title) === sideKey(sections[j]!.title))) {
      run.push(sections[j]!);
      j++;
      while (j < sections.length && sections[j]!.depth > head.depth) run.push(sections[j]!), j++;
    }
    // (a side asked about under its own questions, "#### PCB에는 무엇이 있나요?", keeps them: they are cards of their own)
    if (run.filter((r) => r.depth === head.depth).length >= 2 && !run.some((r) => r.role === "question" || r.role === "label")) for (const r of run) owner.set(r, head);
  }
  if (owner.size === 0) return sections;

  const kept: Section[] = [];
  for (const s of sections) {
    const o = owner.get(s);
    if (!o) {
      kept.push(s);
      continue;
    }
    let target = o;
    while (owner.has(target)) target = owner.get(target)!;
    // (a conclusion's heading that is a skip label elsewhere, "### 결론", would skip the text after it inside the answer: its text alone joins it)
    target.blocks.push(...(conclusions.has(s) ? [] : headingOf(s)), ...s.blocks);
  }
  kept.forEach((s, i) => (s.index = i));
  return kept;
}

/** Whether an "ask" label under a topic (not the note's title) lists questions only, some answered: that topic's follow-ups. */
function drillsItsTopic(label: Section, title: Section | null, source: string, siblings: Section[]): boolean {
  const parent = label.parent;
  if (!parent?.heading || parent === title || (parent.role !== "topic" && parent.role !== "question")) return false;
  // (a topic that explains itself: "## Java" over "자바 면접에서 자주 나온 질문들을 모았다." only gathers its questions)
  const own = ownText(parent, source);
  if (own.length < 20 || (own.length <= 150 && /질문|모았|모은|모음|정리했|정리합/.test(own))) return false;
  // ("### 질문" over a question and a hint, then "### 답변": the question and answer pair)
  const next = siblings[siblings.indexOf(label) + 1];
  if (next && (classifyLabel(next.text) === "script" || ANSWER_ON_HEADING.test(next.text))) return false;
  const content = label.blocks.filter((b) => !isNoise(b, source));
  if (content.length === 0 || content.some((b) => b.node.type !== "list")) return false;
  const items = content.map((b) => questionListItems(b.node as List, source));
  return items.every((i) => i !== null) && items.some((i) => i!.some((q) => q.answer));
}

/** "IP주소란?", "synchronized란 무엇인가요?": the term a definition question asks about. */
const DEFINES = /^(.{2,40}?)\s*(이란|란)\s*(무엇인가요|무엇일까요|무엇인가|무엇인지|뭘까요?|뭔가요)?\s*[?？]?$/;

/** Whether `term` is the subject `parent` opens with: all it names before its subject's particle (an aside in brackets aside). */
function opensWithTerm(parent: string, term: string): boolean {
  const subject = /^(.+?)(는|은|이란|란|이|가)(?=[\s,?？]|$)/.exec(parent.trim().replace(/^[*_`\s]+/, ""))?.[1] ?? "";
  return !!subject && squeezed(subject.replace(/\s*\([^()]*\)$/, "")) === squeezed(term);
}

/** Whether a heading is `topic` as the subject of a sentence its body goes on with ("Heap은" under "Heap"). */
function namesSubjectOf(heading: string, topic: string): boolean {
  const subject = /^(.{2,}?)\s*(은|는)$/.exec(heading.trim())?.[1];
  return !!subject && squeezed(subject) === squeezed(topic.replace(/\s*\([^()]*\)$/, ""));
}

/** Whether a question asks its parent's whole question again, a field's tag and final punctuation aside. */
function asksAgain(question: string, parent: string): boolean {
  const bare = (text: string) => squeezed(withoutCategoryTag(text)).replace(/[?？.!]+$/, "");
  return bare(question) === bare(parent);
}

/**
 * Whether a question restates a part of the question it sits under: the definition of the term that question is about
 * ("synchronized란?" under "synchronized는 어떻게 동작하나요?"), or one of its clauses ("언제 사용하는가?" under
 * "고아 객체는 무엇이고, 언제 사용하는가요?"). A term it does not name ("추상화란?" under "…추상클래스의 차이") asks anew.
 */
function restatesPartOf(question: string, parent: string): boolean {
  const whole = squeezed(parent);
  const term = DEFINES.exec(question.trim())?.[1];
  // (the same question asked again, "#### CORS 에러란 무엇일까요?" under "## CORS 에러란?", is no part of it: it stays as before)
  const asked = DEFINES.exec(parent.trim())?.[1];
  if (term && asked && squeezed(asked) === squeezed(term)) return false;
  // (the term the question is about, which it opens with as a word of its own: "출처란?" under "SOP(…동일 출처 정책)이란",
  // "자바란?" under "자바스크립트의 클로저는…", "트랜잭션이란?" under "트랜잭션 격리 수준이란?" and "HTTP란?" under "HTTP와
  // HTTPS의 차이는?" ask anew)
  if (term && opensWithTerm(parent, term)) return true;
  const clause = squeezed(question).replace(/[?？.]+$/, "").replace(/요$/, "");
  return clause.length >= 4 && whole.includes(clause);
}
