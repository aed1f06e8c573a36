import { dropShortcodes } from "./emoji-shortcodes";
import { GENERIC } from "./generic-part";
import { remembered } from "./memo";
/**
 * The label vocabulary: words that, as a heading, a bold line or a short
 * standalone line, say what the following content is.
 */

export type LabelKind = "script" | "followups" | "why" | "steps" | "sources" | "skip" | "ask";

/** Headings that point to the author's other notes. */
const POINTER_HEADINGS = ["관련 문서", "관련 글", "관련 노트", "연관 문서", "다음 문서", "다음 글", "이전 문서", "이전 글", "함께 보기", "함께 읽기", "see also"];

/** Whether a heading only says "read this next" ("## 관련 문서", "## 다음 글"). */
export function isPointerHeading(text: string): boolean {
  return POINTER_HEADINGS.includes(normalizeLabel(text));
}

/** "자료 조사", "조사 내용": the research an answer stands on, a label of more of the answer beside the answer itself (heading-roles.ts). */
const RESEARCH_LABELS = ["자료 조사", "조사 내용", "조사한 내용"];

/** Whether a heading labels the research an answer stands on ("## 자료 조사", "### 조사내용"). */
export function isResearchLabel(text: string): boolean {
  const norm = normalizeLabel(text);
  return RESEARCH_LABELS.some((l) => l === norm || l.replace(/\s+/g, "") === norm.replace(/\s+/g, ""));
}

const VOCABULARY: Record<LabelKind, string[]> = {
  // ("## WHAT?" then "## WHY?" under a topic: what it is, its explanation; why it is needed, its why)
  script: ["스크립트", "모범 답안", "모범답안", "답변", "답안", "모범 답변", "script", "answer", "model answer", "a", "답", "대답", "설명", "개념 설명", "상세 설명", "자세한 설명", "what", "무엇",
    // ("## 자료 조사" beside "## 답안" under the question: the research the answer stands on, more of it)
    ...RESEARCH_LABELS],
  // "### 질문" over a paragraph that asks; paired with the next "### 답변"
  ask: ["질문", "question", "q"],
  followups: [
    "예상 꼬리 질문", "꼬리 질문", "꼬리질문", "예상 질문", "예상질문", "예상 면접 질문", "관련 질문", "면접 질문",
    "주요 질문", "자주 묻는 질문", "질문 목록", "질문 리스트", "기본 질문", "면접 질문 모음", "실제 면접 질문", "interview questions",
    // ("## 💬 실전 질문" after a topic: the questions an interviewer asks on it, as a book of interview questions sets them)
    "실전 질문", "실전 면접 질문",
    "follow-up", "follow-ups", "follow-up questions", "follow up questions", "followup questions",
    "의문점", "의문점들", "의문", "궁금한 점", "궁금한 점들", "생각해 볼 질문", "생각해볼 질문",
  ],
  why: ["이유", "필요한 이유", "왜", "왜 필요한가", "왜 필요한가요", "왜 필요할까", "필요성", "why"],
  steps: ["단계", "절차", "과정", "steps", "procedure"],
  sources: [
    "출처", "참고", "참고 자료", "참고자료", "참고 문헌", "참고 링크", "references", "reference", "sources", "source",
    // (as authors misspell it: "Referance", "Refference")
    "referance", "referances", "refference", "refferences",
    "참조", "각주", "link", "links", "관련 링크", "더 읽어보기", "further reading",
    "참고 문서", "참고문서", "참조 문서", "참조문서", "참조 자료", "참조자료", "참조 링크", "참고링크", "참고 사이트", "참고 블로그", "레퍼런스",
    // pointers to the author's other notes ("## 관련 문서" over [[wiki links]], "## 다음 글" over a link): where to read next,
    // no question — while they only point (sections.ts: written out in prose, they are a topic like any other)
    ...POINTER_HEADINGS,
    "recommendation", "recommendations", "personal recommendation", "personal recommendations", "추천", "개인 추천",
    "resources", "quality resources", "free resources", "recommended resources", "books", "추천 자료", "학습 자료", "추천 도서", "참고 도서", "더 읽을거리", "읽을거리", "읽어볼 자료",
    "추가 자료", "추가 학습 자료", "추가 참고 자료", "additional resources", "more resources",
  ],
  // sections that are about the notes, not questions: skipped with a warning
  skip: [
    "목차", "table of contents", "contents", "toc", "index", "contributors", "contributor", "contributer", "contributers",
    "members", "member", "멤버", "팀원", "참여자", "기여자", "스터디 규칙", "스터디 방식", "스터디 진행 방식", "진행 방식",
    "규칙", "how to contribute", "contributing", "license", "라이선스", "goal", "goals", "학습 목표", "notice", "공지",
    "공지사항", "일정", "conclusion", "결론", "마무리", "마무리하며", "마치며", "마치면서", "글을 마치며", "맺음말", "나가며", "introduction", "intro", "pr checklists", "pr checklist",
    "what is this pr", "pr 규칙", "pr 작성 규칙", "커밋 규칙", "template", "템플릿", "작성자", "작성자 소개", "authors", "author",
    // how the study group runs: its schedule, writing rules, folder layout
    "진행 일정", "스터디 일정", "작성 규칙", "글 작성 규칙", "작성 가이드", "커밋 컨벤션", "커밋 메시지 규칙", "폴더 구조", "디렉토리 구조", "디렉터리 구조",
    "참여 방법", "참여 방식", "스터디 소개", "스터디 목표", "스터디 진행 방법",
    // a study repository's README: its rules, members, timetable and conventions
    "rule", "rules", "how to", "commit convention", "commit conventions", "스터디원", "스터디원 명단", "스터디 멤버", "스터디 목적",
    "운영 방식", "운영 규칙", "time table", "timetable", "시간표", "기수",
    // "## 목록" over the note's part names, "## 스터디 구성원" over a member table: a contents list and a member list by another name
    "목록", "구성원", "스터디 구성원",
    // what the study covers, and the cheer a README signs off with ("## 🚀 화이팅입니다!")
    "스터디 주제", "스터디 범위", "커리큘럼", "curriculum", "화이팅", "화이팅입니다", "파이팅", "파이팅입니다",
  ],
};

const LOOKUP = new Map<string, LabelKind>();
const SQUEEZED = new Map<string, LabelKind>();
for (const [kind, words] of Object.entries(VOCABULARY) as [LabelKind, string[]][]) {
  for (const w of words) LOOKUP.set(w, kind);
  for (const w of words) if (!SQUEEZED.has(w.replace(/\s+/g, ""))) SQUEEZED.set(w.replace(/\s+/g, ""), kind);
}

/**
 * Strip decoration a note-taker puts around a label: emoji, Markdown emphasis
 * markers, brackets, numbering ("1.", "2)"), trailing colons and "?".
 */
function normalizeLabelNow(text: string): string {
  // (":octocat: Contributor", ":memo: 꼬리 질문": GitHub shows the shortcode as an emoji, and emoji are decoration)
  return dropShortcodes(text)
    .replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F3FB}-\u{1F3FF}]/gu, " ")
    .replace(/[*_`#]+/g, " ")
    .replace(/^\s*(\d{1,3}([.-]\d{1,3})*[.)]?(?=\s)|\d{1,3}([.-]\d{1,3})*[.)]|[([]\d{1,3}[)\]])\s*/, "")
    .replace(/^\s*[[(【<〈‹]\s*|\s*[\])】>〉›]\s*$/g, "")
    .replace(/[\s:：.?？!]+$/u, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Titles of whole notes that hold no interview questions of their own: a
 * note template, a contribution or PR guide, a reverse-interview list (the
 * questions a candidate asks the company).
 */
const DOCUMENT_SKIP = /^(templates?|템플릿|양식|pull[ _-]?request[ _-]?template|issue[ _-]?template|contributing|code[ _-]?of[ _-]?conduct|license|reverse[ _-]?interviews?|역\s*질문|역\s*면접|회사에\s*(할|하는)\s*질문|면접관에게\s*(할|하는)\s*질문)(\s*(목록|리스트|모음|list))?$/;

/** Whether a note's title (or file name) says the whole note is no set of questions (a template, a reverse-interview list). */
export function isSkippedDocument(title: string): boolean {
  return DOCUMENT_SKIP.test(normalizeLabel(title.replace(/\.(md|markdown|mdx)$/i, "")));
}

/**
 * A session log's agenda and who took part ("## 📚 주제" over the topic names, "## 👥 참여" over "발표 & 대답 : …"): no
 * label by its words alone, being common words ("### 주제" names the Subject of the observer pattern), only as a section
 * right under the note's title that lists and explains nothing (sections.ts).
 */
export const SESSION_LOG_HEADING = /^(이번\s*주\s*|오늘의\s*)?주제$|^(참여|참석)(자)?$|^발표자$/;

/**
 * Follow-up section labels in their many dresses: 꼬리 질문, 예상 꼬리질문, Deep한 꼬리 질문, 추가 질문, 꼬리 질문 대비 …;
 * and "질문사항" after a note's explanation, the questions raised on it, each answered under its "### Q1. …".
 */
const FOLLOWUP_LABEL = new RegExp(
  "^((예상|관련|연관|추가|추가로|심화|deep한|deep|더|면접|실제|실제로|받았던|받은|나올\\s*수\\s*있는|나올\\s*만한|기타)\\s*)*" +
    "(꼬리\\s*질문|꼬꼬무(\\s*질문)?|질문\\s*사항|꼬리에\\s*꼬리를\\s*무는\\s*질문|추가\\s*질문|심화\\s*질문|연관\\s*질문|꼬리\\s*물기|follow[- ]?ups?(\\s*(questions?|q))?)(들)?" +
    // "… 대비", "… 대응", "… 모음", "… (3개)", "… & 답변", "… Q&A", "… 보기"; "… 답변", "… 방어", "… 예상", "… & 답변 예시"
    "(\\s*(대비|대응|방어|예상|목록|리스트|모음|보기|정리|\\d{1,2}|\\(\\s*\\d{1,2}\\s*개?\\s*\\)?|((&|및|과|와|\\/)\\s*)?(답변|답|정답|대답)(\\s*예시)?|q\\s*&\\s*a))?$",
);
/** "추가로 나올 수 있는 질문", "더 생각해 볼 질문", "면접 예상 질문": the questions that may come next. */
const NEXT_QUESTIONS = /^((추가로|이어서|더)\s*)?(나올\s*(수\s*있는|만한)|생각해\s*볼\s*(만한)?|면접\s*예상)\s*(꼬리\s*)?질문(들)?$/;

/**
 * Whether a follow-ups label names a collection of the note's questions ("예상 질문", "면접 질문",
 * "질문 목록") rather than follow-ups proper ("꼬리 질문", "추가 질문", "Follow-up"): with no
 * topic before it, its questions are the note's own.
 */
export function isQuestionCollectionLabel(text: string): boolean {
  const norm = normalizeLabel(text);
  return (classifyLabel(text) === "followups" && !FOLLOWUP_LABEL.test(norm) && !/꼬리|follow/.test(norm)) || INTERVIEW_POINTS.test(norm);
}

/**
 * "면접 포인트", "면접 대비 핵심 포인트": the interviewer's questions on a topic ("* \"…안전한가요?\" → ❌") or the points to
 * make in an answer. No label by its words alone: a section of them collects questions only when all it lists asks (sections.ts).
 */
export const INTERVIEW_POINTS = /^면접\s*(대비\s*)?(핵심\s*)?포인트$/;

/** Demonstratives and generic nouns that a why-label may start with ("이러한 절차가 필요한 이유"). */
const WHY_PREFIX = /^((이러한|이런|그러한|그런|이와 같은|위와 같은|이|그)\s*)?((절차|과정|방식|작업|단계|것)[이가은는]?\s*)?/;

/**
 * Which label, if any, a short piece of text is. Only short texts qualify:
 * a sentence that merely mentions "과정" is not a label.
 */
export const classifyLabel = remembered(classifyLabelNow);

function classifyLabelNow(text: string): LabelKind | null {
  const norm = normalizeLabel(text);
  if (norm.length === 0 || norm.length > 40) return null;
  // ("면접질문", "관련질문": a label run together, as authors type it)
  const direct = LOOKUP.get(norm) ?? SQUEEZED.get(norm.replace(/\s+/g, ""));
  if (direct) return direct;
  // ("HTML 목차", "CSS 목차": a table of contents named for what it lists)
  // (a name of three words at most, no caption: "예시: 블로그 글의 목차" labels an example)
  if (/^[^\s:：]+(\s[^\s:：]+){0,2}\s목차$/.test(norm)) return "skip";
  // ("면접 질문들", "예상 질문들": a collection label in the plural)
  if (/질문들$/.test(norm) && LOOKUP.get(norm.slice(0, -1)) === "followups") return "followups";
  // "## Q1." over the question, "## A1." over its answer: the ask and answer labels, numbered
  // ("질문 1 (네트워크)", "질문 1 — 프로세스와 스레드": numbered, with the subject it is about)
  if (/^(q|질문)\s*\d{1,3}(\s*\([^()]{1,20}\)?|\s+[-–—:]\s*[^\n]{1,30})?$/.test(norm)) return "ask";
  if (/^(a|답|답변)\s*\d{1,3}$/.test(norm)) return "script";
  // ("꼬리 질문 3개 (펼치기)": a fold's summary counting what it hides, and saying how to show it)
  const counted = norm.replace(/\s*\(?\s*(펼치기|펼쳐\s*보기|클릭|click|접기|열기)\s*\)?$/i, "").replace(/\s*\d{1,2}\s*개$/, "");
  if (FOLLOWUP_LABEL.test(norm) || NEXT_QUESTIONS.test(norm) || (counted !== norm && FOLLOWUP_LABEL.test(counted)) || followupsByAside(norm)) return "followups";
  const why = norm.replace(WHY_PREFIX, "");
  if (why !== norm && LOOKUP.get(why) === "why") return "why";
  if (/^(이러한|이런|그러한|그런|이와 같은|위와 같은)\s/.test(norm) && /필요한 이유(는)?$/.test(norm)) return "why";
  // "HTML에 대한 참고", "네트워크 관련 자료": pointers to reading, not questions
  if (/(에\s*대한|에\s*관한|관련)\s*(참고|참고\s*자료|자료|링크)$/.test(norm)) return "sources";
  // "면접 질문 및 답변": a heading over questions with their answers, no answer label
  if (/(질문|questions?)\s*(및|과|와|&|and|\/)\s*(답변|답|answers?)$/.test(norm)) return null;
  // "키워드 & 꼬리 질문": a compound label is read by its last recognised part
  // ("자료구조 Q&A" is a title, not "…" & "A": a one-letter part is no label word here)
  const parts = norm.split(/\s*(?:&|\/|,|\+|및)\s*/).filter((p) => p.length > 1);
  if (parts.length > 1) {
    for (let i = parts.length - 1; i >= 0; i--) {
      const kind = LOOKUP.get(parts[i]!);
      // ("설명" beside a topic's name, "HTTP 메소드 종류 및 설명", is that topic's explanation: the heading names the
      // topic; beside label words or facets, "개념 및 설명", "키워드 및 설명", it labels the answer)
      if (kind === "script" && parts[i] === "설명" && !namesOnlyLabels(parts)) return null;
      // ("Memory 관리, 왜 필요할까?": asks why the part it names is needed, in the author's words; a label over
      // that part's reason has no question mark, "이유 & 필요성")
      // ("그래서, 왜 필요할까?", "도입 배경, 왜 필요할까?": a connective or a facet names nothing, the label stays)
      if (kind === "why" && /\?\s*$/.test(text) && !parts.every((p) => namesOnlyLabels([p]) || SAYS_NOTHING.test(p))) return null;
      if (kind) return kind;
    }
  }
  return null;
}

/** "💬 꼬리 질문 (면접 답변)": a follow-up label with an aside in brackets saying what it holds (the label read without it). */
function followupsByAside(norm: string): boolean {
  const aside = /\s*\(([^()]{1,20})\)?$/.exec(norm);
  return !!aside && ASIDE_ON_ANSWERS.test(aside[1]!.trim()) && FOLLOWUP_LABEL.test(norm.slice(0, aside.index));
}

/**
 * An aside that says the label holds questions with their answers ("면접 답변", "예상", "답변 포함", "3개"), not what they
 * are about ("Q2 관련", "HTTP/2") nor that they are still to come or are something else ("준비 중", "내 생각 정리").
 */
const ASIDE_ON_ANSWERS = /^((면접|예상|모범|예시|답변|답|정답|대비|포함|모음|목록|및|&|\+|,|\d{1,2}\s*개)\s*)+$/;

/**
 * Whether a heading is a follow-up label only by reading it without its aside (see followupsByAside): the questions under
 * it were questions of their own before it was read so, and keep the ids they had (kept-ids.ts).
 */
export function followupsOnlyByAside(text: string): boolean {
  const norm = normalizeLabel(text);
  return classifyLabel(text) === "followups" && followupsByAside(norm) && !LOOKUP.has(norm) && !FOLLOWUP_LABEL.test(norm) && !NEXT_QUESTIONS.test(norm);
}

/** Connectives and facets that name no subject of their own beside a why-label ("그래서", "근데", "도입 배경", "사용하는 이유"). */
const SAYS_NOTHING = /^(\p{Extended_Pictographic}\uFE0F?\s*)*(그래서|그러면|그렇다면|그럼|근데|그런데|그리고|그러니까|자|결국|그러므로)$|(배경|이유|필요성|목적|동기)$/u;
/** Whether every part of a compound heading is a label word, a facet any topic has, or a word naming part of an answer. */
const namesOnlyLabels = (parts: string[]) => parts.every((p) => LOOKUP.has(p) || GENERIC.has(p) || LABELISH.test(p));
/** Words that only name a part of the answer ("키워드", "보충 설명", "나의 답변"), not a topic. */
const LABELISH = /(답변|답안|대답|풀이|해설|키워드|핵심|보충|설명|요약|정리|메모)/;

/** {@link normalizeLabelNow}, remembered per text (memo.ts). */
export const normalizeLabel = remembered(normalizeLabelNow);

/**
 * An answer heading in a dress the label vocabulary does not list: a
 * qualifier before it ("핵심 답변", "30초 답변", "짧은 답변") or a note in
 * brackets after it ("핵심 답변 (3줄)"). Used only where a question or an
 * empty topic sits right above or beside it, so "30초 답변" elsewhere stays a part of its own.
 */
export function isDressedAnswerHeading(text: string): boolean {
  const norm = normalizeLabel(text).replace(/\s*[(（][^)）]{0,20}[)）]?$/, "").trim();
  // ("💬 면접 답변", "실전 답변", "나의 답변": the answer as said in the interview)
  return /^((핵심|모범|예시|최종|짧은|간단한?|면접|실전|예상|나의|내|\d{1,2}\s*(분|초))\s*)?(답변|답안|정답|대답|answer)$/.test(norm);
}

/** "30초 답변", "1분 답변", "예시 답변": a heading naming one version of an answer, not "the answer". */
export function namesAnswerVersion(text: string): boolean {
  return /^(예시|\d{1,2}\s*(분|초))\s*(답변|답안|대답|answer)/.test(normalizeLabel(text));
}
