/**
 * Shared state while extracting cards from one document, and the helpers
 * that name a card's topic.
 */
import { wasAnsweredBeside } from "./numbered-run-answer";
import { ANSWER_LABEL, secondQuestionAlone, splitTrailingQuestions } from "./trailing-questions";
import { remembered } from "./memo";
import { isPlaceholderAnswer } from "./placeholder-answer";
import { askingHeadings, isOutlineOnly } from "./empty-outline";
import type { Block } from "./blocks";
import { RANK, describesRepository, type CardDraft } from "./draft";
import { fencedRanges } from "./fences";
import { FILL_IN } from "./marked-choices";
import { asksFirst, isGivenMaterial } from "./given-material";
import { isBlankForm } from "./blank-form";
import { isAboutTheNote } from "./note-intro";
import { FINAL, finalOf, hasFinalConsonant, josa } from "./korean";
import { SETS_TASK, asksToExplain, asksWhetherPossible, cleanPrompt, hasQuestionPrefix, definesTerm, isQuestion, isRequest, subjectAsked } from "./questions";
import { dropShortcodes } from "./emoji-shortcodes";
import { foldFollowups } from "./folded-followups";
import type { FoldedQuestion } from "./pointed-back";
import { pathKey, topicOf, type Section } from "./sections";
import { namesConclusion, namesContainer } from "./container-heading";
import { FACET_MODIFIER, GENERIC, isGenericName, namesNoSubject } from "./generic-part";
import type { CardKind, ParseWarning } from "./types";

export interface Ctx {
  source: string;
  deckTitle: string;
  /** The H1 used as deck title (its level does not scope sources). */
  titleSection: Section | null;
  warnings: ParseWarning[];
  drafts: CardDraft[];
  /** Source links per scope key ("" = whole deck). */
  scopedSources: Map<string, string[]>;
  consumed: Set<Section>;
  /** Questions found without an answer (topicKey: the topic they belong to, for a parent). */
  /** Questions without a written answer; `parentDraft` when the question was written as that card's follow-up. */
  unanswered: { line: number; prompt: string; topicKey: string; parentDraft?: CardDraft; asFollowup?: CardDraft; sources?: string[] }[];
  skipped: { line: number; heading: string }[];
  /** Each section's direct sub-sections (set by extractSections). */
  subsections?: Map<Section, Section[]>;
  /** How many sections hold a list of unanswered questions (a note that is a question list). */
  questionListSections?: number;
}

/** A facet left hanging on its topic particle ("역할은", "이 장의 목적은") without the particle; other text as it is. */
function withoutHangingParticle(text: string): string {
  const hanging = /^(.*?)(\S+)(은|는)$/.exec(text);
  return hanging && GENERIC.has(hanging[2]!.toLowerCase()) && !GENERIC.has(text.toLowerCase()) ? hanging[1]! + hanging[2]! : text;
}

/** Display title of a topic section (or the deck title for none). */
export function topicTitle(ctx: Ctx, topic: Section | null): string {
  if (!topic || topic.role === "root") return ctx.deckTitle;
  // "장점)" style headings: drop an unbalanced closing bracket
  const title = (/[([]/.test(topic.title) ? topic.title : topic.title.replace(/[)\]]$/, "").trim()) || topic.title;
  let parent = topicOf(topic);
  // "# 내용" over "## 동작 원리": a container names nothing, so the part belongs to what the note is about
  // (…nor does a summary's heading, "## 정리" over "### 비교": the facet is of what the note sums up)
  while (parent && parent.role !== "root" && (namesContainer(parent.title) || (GENERIC.has(title.toLowerCase()) && namesConclusion(parent.title.replace(/^\d{1,3}[.)]\s*/, "").trim().toLowerCase())))) parent = topicOf(parent);
  // ("## 2. 내용" with words of its own explains what it sits in: the topic above it, or the note)
  if (namesContainer(title)) return parent && parent.role !== "root" ? topicTitle(ctx, parent) : ctx.deckTitle;
  // ("종류 (중요도 순서)": a generic word with a note on how it is told is that generic word;
  // "역할은", "동작 원리는": one left hanging on its particle is that word too, "인덱스의 역할")
  const unhung = withoutHangingParticle(title);
  if (unhung !== title) return topicTitle(ctx, { ...topic, title: unhung });
  // ("MySQL에서" under "트랜잭션 격리 수준": where the topic above holds, "트랜잭션 격리 수준은 MySQL에서")
  // (…and "사용자 관점에서" under it, the view it is explained from: "트랜잭션 격리 수준을 사용자 관점에서")
  if (/\S(에서|에게서)$/.test(title) && parent && parent.role !== "root") return `${josa(topicTitle(ctx, parent), /관점에서$/.test(title) ? "을/를" : "은/는")} ${title}`;
  const generic = isGenericName(topic.title) || isGenericName(topic.title.replace(/\s*\([^()]*\)$/, ""));
  if (generic && (!parent || parent.role === "root") && topicOf(topic) !== parent) return `${ctx.deckTitle}의 ${title}`;
  if (generic && parent && parent.role !== "root") {
    // "…의 차이" + "차이점" reads "…의 차이점", never "…의 차이의 차이점"
    const pair = /^(.*\S)의\s+(\S+?)(과|와|및|&)\s*(\S+)$/.exec(parent.title);
    if (pair && (pair[2] === title || pair[4] === title)) return `${pair[1]}의 ${title}`;
    // a generic word under a generic word ("종류" → "차이점") names the grandparent: "Proxy 종류의 차이점"
    const grand = topicOf(parent);
    // (…while a parent made of facet words only, "특징, 장단점 및 고려사항", adds nothing to the grandparent's name)
    const parentTitle = !isGenericName(parent.title) || !grand || grand.role === "root" ? parent.title : namesNoSubject(parent.title) ? topicTitle(ctx, grand) : `${topicTitle(ctx, grand)} ${parent.title}`;
    // ("TCP / UDP 간략비교" or "HashMap과 HashTable의 차이" over "공통점": the things compared have it, "TCP / UDP의 공통점")
    const compared = /^(.*\S)(\s+(간략\s*)?비교(\s*정리)?|의\s*차이점?)$/.exec(parentTitle);
    // ("…트리맵의 비교", "…튜플을 비교": the particle before "비교" goes with it)
    if (compared && /^(공통점|차이점?)$/.test(title)) return `${compared[1]!.replace(/(?<=\S)(의|을|를)$/, "")}의 ${title}`;
    const last = /(\S+)$/.exec(parentTitle)?.[1] ?? "";
    const stem = last.replace(/^.*의/, "");
    if (stem && title.startsWith(stem)) return parentTitle.slice(0, parentTitle.length - stem.length) + title;
    // ("압수수색의 기본" over "개념": the parent ends in a word that qualifies the facet, "압수수색의 기본 개념")
    if (FACET_MODIFIER.test(stem)) return `${parentTitle} ${title}`;
    // ("정규표현식 문법" over "기본 문법": the facet names the parent's last word again, "정규표현식의 기본 문법")
    const head = parentTitle.slice(0, parentTitle.length - last.length).trim().replace(/의$/, "");
    if (head && stem === /(\S+)$/.exec(title)?.[1] && last === stem) return `${head}의 ${title}`;
    return `${parentTitle}의 ${title}`;
  }
  return title;
}

/** Key of the top-level topic containing `section` ("" when it is deck-level). */
export function scopeKeyOf(ctx: Ctx, section: Section | null): string {
  let top: Section | null = null;
  for (let s = section; s && s.role !== "root"; s = s.parent) {
    if (s === ctx.titleSection) break;
    top = s;
  }
  return top && top.role !== "label" ? pathKey(top.path) : "";
}

/** The end of a phrase that says what kind of explanation follows ("자세한", "상세", "예시"), not what it explains. */
const EXPLANATION_KIND = /((운|한|은|는|된|인|던|적)|(^|\s)(상세|간단|추가|보충|부가|자세|세부|개념|기본|전체|핵심|요약|예시|예제|코드|그림|용어|한줄|한 줄))$/;

/** Prompt for explaining a topic: the heading itself if it asks, else "…에 대해 설명해 주세요." */
export const explainPrompt = remembered(explainPromptNow);

function explainPromptNow(title: string): string {
  const t = cleanPrompt(title.trim());
  // ("main 메서드를 override, overload 할 수 있는지": whether it can be done, already asked; never "…있는지에 대해 설명해 주세요")
  if (isRequest(t) || asksWhetherPossible(t)) return t;
  // "비동기 작업이 실패했는데 로그가 없습니다.": a situation told in polite speech is put to the candidate as written
  // (never "…없습니다.에 대해 설명해 주세요.")
  if (/(니다|어요|아요|에요|예요)\.$/.test(t)) return t;
  // "관련 문제를 떠올려 보십시오.": advice in the formal imperative is put as written (never "…보십시오.에 대해 설명해 주세요.")
  if (/십시오[.!]?$/.test(t)) return t;
  // "…뒤집는 로직을 짜보자": a task set to the reader, put as written
  if (SETS_TASK.test(t)) return t;
  // "Explain context switching.": an English request is put as written
  if (/^(explain|describe|compare|define|discuss)\s/i.test(t)) return t;
  // an English sentence ("… I'd love to hear your response to this.") is put as written
  if (!/[가-힣]/.test(t) && /[a-z]{2,}.*\s.*[.!]$/i.test(t)) return t;
  // "Two fundamental models of IPC are" (its colon cleaned away): an English stem a quiz's choices complete
  if (!/[가-힣]/.test(t) && /\s(is|are|was|were|include|includes|of|to|by|as|the)$/i.test(t) && t.split(/\s+/).length >= 4) return `${t}:`;
  // "The ________ holds …", "TCP는 ( ) 방식이다": a blank to fill in, put as written
  if (FILL_IN.test(t)) return t;
  // "1번문제", "문제 3", "Q 17-1": a problem named only by its number is asked as written (what it shows says what it asks)
  if (/^(\d{1,3}(-\d{1,3})?\s*번\s*(문제|질문)|(문제|질문|quiz|question|q)\s*\d{1,3}(-\d{1,3})?)$/i.test(t)) return t;
  if (/에\s*(대해서|대하여|대해|관해서|관해)$/.test(t)) return `${t} 설명해 주세요.`;
  // ("### Heap은" over "- complete binary tree 이면서 …": the subject of the sentence its body finishes; never "Heap은에 대해")
  const subject = /^(\S.{1,28}?)(은|는)$/.exec(t);
  if (subject && hasFinalConsonant(subject[1]!) === (subject[2] === "은")) return explainPrompt(subject[1]!);
  // "…디스크와 메모리 관점에서": a phrase that ends on the view it takes asks to be explained so (never "…에서에 대해");
  // "스프링에서", "MySQL에서": a facet named by where it holds asks how it is there
  if (/관점에서$/.test(t)) return `${t} 설명해 주세요.`;
  // ("트랜잭션 격리 수준은 MySQL에서": the topic already said, it asks how it is there)
  if (/\S[은는]\s\S.*(에서|에게서)$/.test(t)) return `${t} 어떤지 설명해 주세요.`;
  if (/\S(에서|에게서)$/.test(t)) return `${t}는 어떤지 설명해 주세요.`;
  // "만약 필요한 데이터가 디스크에 있다면,": a "what if" asked as written
  // (…and "인덱스를 많이 만들면,", a condition cut off at its comma)
  if (/(다면|라면)[,.]?$|면,$/.test(t)) return `${t.replace(/[,.]$/, "")}?`;
  // "JWT 설명", "OSI 7계층과 각 계층 설명", "생성 과정에 대한 설명": a request jotted down, asked as the user wrote it
  // (never "…설명에 대해 설명해 주세요."; the card keeps the id it had as a topic)
  // (…but "쉬운 설명", "상세 설명", "코드 설명" name a kind of explanation: they stay topics)
  const named = /^(.+?)(에\s*(대한|관한)\s*|\s+)설명$/.exec(t);
  if (named && !EXPLANATION_KIND.test(named[1]!)) return t;
  // "RabbitMQ와 비교": a comparison with one side named is asked as one (never "…와 비교에 대해 설명해 주세요.")
  // ("실행 결과 비교": 과 of a noun, not the particle)
  if (/\S(와|과)\s*비교$/.test(t) && !/(결과|효과|성과|통과|초과|경과|학과|사과|과목)\s*비교$/.test(t)) return `${t}해 설명해 주세요.`;
  // "…의 일반적인 사용 사례.", "TCP/IP는 도청 가능한 네트워크이다.": the heading's own full stop or exclamation
  // is not part of the topic (never "…이다.에 대해 설명해 주세요.")
  const topic = t.replace(/(?<=[가-힣A-Za-z0-9)\]])[.!]$/, "");
  // "TCP/IP는 도청 가능한 네트워크이다": a claim, put to the candidate as a saying to explain
  // (never "…네트워크이다에 대해 설명해 주세요.")
  if (statesClaim(topic)) return `“${topic}”라는 말을 설명해 주세요.`;
  // ("이 장의 목적은": never "…목적은에 대해 설명해 주세요.")
  return `${withoutHangingParticle(topic)}에 대해 설명해 주세요.`;
}

/**
 * A heading written as a sentence of two words or more that ends in a verb or adjective
 * ("…을 정의한다", "…이 가능하다", "…하지 맙시다", "…가 아니다"); a name ending in 다,
 * "자바 람다", "쿼리 튜닝 어젠다", is no claim.
 */
function statesClaim(text: string): boolean {
  if (text.split(/\s+/).length < 2 || /(람다|판다|[어아]젠다|다다)$/.test(text)) return false;
  // (…or a syllable closed by ㄴ before 다: "한다", "된다", "가진다", "준다")
  return /(이|하|되|있|없|않|같|좋|맙시|합시|니|했|였|었|았|겠|르|많|적|높|낮|쉽|렵|크|작)다$/.test(text) || (text.endsWith("다") && finalOf(text.at(-2)) === FINAL.n);
}

/** Prompt for a procedure card. */
export function stepsPrompt(title: string): string {
  const t = title.trim();
  if (isRequest(t)) return cleanPrompt(t);
  // "브라우저 렌더링 과정 (화면에 보이는 순서)": the aside stays, the particle follows the words before it
  const aside = /\s*(\([^()]*\))$/.exec(t);
  const base = aside ? t.slice(0, aside.index) : t;
  const object = `${base}${aside ? ` ${aside[1]}` : ""}${josa(base, "을/를").slice(base.length)}`;
  // "TCP 연결 과정", "클래스 로딩 단계" already name the procedure: never "…과정의 과정"
  if (/(과정|절차)$/.test(base)) return `${object} 단계별로 설명해 주세요.`;
  if (/(단계|흐름)$/.test(base)) return `${object} 순서대로 설명해 주세요.`;
  if (/순서$/.test(base)) return `${object} 차례대로 설명해 주세요.`;
  return `${t}의 과정을 단계별로 설명해 주세요.`;
}

/** Prompt for a "why is it needed" card, with the right particle (이/가). */
export function whyPrompt(title: string): string {
  // ("클로저란?": a definition asked of its subject, which is what is needed)
  // ("클로저란 무엇인가요?" over "### WHY": the subject it asks about, never "…무엇인가요?가 필요한 이유는?")
  const subject = subjectAsked(title);
  return `${josa(subject, "이/가")} 필요한 이유는?`;
}

export interface DraftInput {
  kind: CardKind;
  prompt: string;
  given?: string;
  answer: string;
  tips?: string[];
  steps?: string[];
  section: Section;
  topic: Section | null;
  role?: string;
  rank: number;
  lineStart: number;
  lineEnd: number;
  anchor?: Section | null;
  parentDraft?: CardDraft;
  idKind?: CardKind;
  idRole?: string;
  /** A question with no answer of its own whose follow-ups are answered: a practice prompt for them to follow. */
  practiceAnchor?: boolean;
}

/**
 * A line that only links to another note ("[**운영체제란?**](./os/intro.md)"), only breaks the page ("<br>"),
 * or only names a group of the questions below it in bold ("* **Spring Bean과 IoC 컨테이너**").
 */
const POINTER_LINE = /^\s*(\*\*|__)?\[[^\]\n]+\]\([^)\s]+\)(\*\*|__)?\s*$|^\s*<br\s*\/?>\s*$|^\s*([-*+]|\d{1,3}[.)])\s+(\*\*|__)[^*_\n]+(\*\*|__)\s*[:：]?\s*$/i;

/** A list item's marker, numbered as a sub-question too ("2-1. 만약 …?" on the line under question 2). */
const ITEM_MARKER = /^\s*([-*+]|\d{1,3}(-\d{1,3})?[.)])\s+/;

/**
 * Markdown that is nothing but a bullet list of questions — the links to the
 * notes that answer them, or bold group names, between them at most (a
 * README's index of its questions, "[**IPC**](./IPC.md)" over "- 프로세스간
 * 통신은 어떻게 할까요?"): a link is where an answer is, not the answer.
 */
function isQuestionsOnly(markdown: string): boolean {
  const marker = ITEM_MARKER;
  const lines = markdown.split("\n").filter((l) => l.trim() && !POINTER_LINE.test(l));
  const items = lines.map((l) => l.replace(marker, "").replace(/[*_`]/g, "").trim());
  if (items.every((t) => definesTerm(t))) return false;
  const asks = (i: number) => isQuestion(items[i]!) || asksFirst(lines[i]!.replace(marker, ""));
  const indent = (l: string) => l.length - l.trimStart().length;
  // "- 블로킹/논블로킹 I/O vs 동기/비동기" over the questions nested under it (on lines of their own, marked or not):
  // the group they are asked in, no answer either
  // (never a verdict over probing questions, "- 아니요, 상황에 따라 다름": that answers)
  const grouped = lines.length >= 2 && marker.test(lines[0]!) && !asks(0) && items[0]!.length <= 40 && !/(다|요|음|함)[.!]?$/.test(items[0]!) && !/[,，]/.test(items[0]!) && !/^(네|예|아니(요|오)?|yes|no)\b/i.test(items[0]!) && lines.slice(1).every((l) => indent(l) > indent(lines[0]!));
  return lines.length > 0 && lines.every((l, i) => (grouped ? i === 0 || asks(i) : marker.test(l) && asks(i)));
}

/** Two lines or more, none marked as an item, each a short question of its own: more questions, no answer. */
function isQuestionRun(markdown: string, asked: () => boolean = () => false, markedToDo: () => boolean = () => false): boolean {
  const lines = runLines(markdown);
  if (lines.length > 0 && lines.every((l) => SUB_NUMBER.test(l) && isQuestion(l.replace(SUB_NUMBER, "")))) return true;
  // (…or one such line under a question that is a second question, not an answer put as one: trailing-questions.ts)
  // (the note's lines are read only for a lone line: most answers have more)
  if (lines.length === 0 || (lines.length === 1 && !asked())) return false;
  return lines.every((l) => l.length <= 80 && !/^([-*+>]|\d{1,3}[.)])\s/.test(l) && (lines.length > 1 ? isQuestion(l) : secondQuestionAlone(markdown.trim(), markedToDo())));
}

/** "A : 그럼 …?" among a draft's lines: what follows the label was said back as the answer, whatever its form. */
function labelsAnswer(source: string, from: number, to: number): boolean {
  // (the lines after the question's own, a pair written on two lines counted as one: "Q : …?" then "A : …")
  return linesOf(source).slice(from, Math.max(to, from + 2)).some((l) => ANSWER_LABEL.test(l.replace(/^[\s>*_]+/, "")));
}

/** "<!-- TODO -->" among a draft's lines: the note marks its answer still to write. */
function marksAnswerToDo(source: string, from: number, to: number): boolean {
  return linesOf(source).slice(from - 1, to).some((l) => /<!--\s*(todo|tbd|작성\s*(예정|필요)|답변?\s*(예정|필요))/i.test(l));
}

/** "13-1." before a question: the sub-question of the item numbered 13, asked on the line under it. */
const SUB_NUMBER = /^\d{1,3}-\d{1,2}\.?\s+/;

/** An answer's lines as questions would read: markup gone, a link's text for the link ("13-1. [쿠키의 …?](…)"). */
const runLines = (markdown: string) =>
  markdown
    .split("\n")
    .map((l) => l.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<br\s*\/?>/gi, "").replace(/[*_`]/g, "").trim())
    .filter(Boolean);

/** A short answer that only says the explanation is elsewhere (a post, a link). */
function isPointer(markdown: string): boolean {
  // "[정리한 글 보러 가기](https://…)": nothing written but the link itself
  // ("> goto [Programming-Study](…)", "참고: [글](…)", "👉 [링크](…)": a word that only points at it)
  // ("[[안드로이드] 빠르게 개발하려면 …](https://…)": a link whose text holds brackets of its own is one link)
  if (/\]\([^)]*\)/.test(markdown) && !markdown.replace(/!?\[(?:[^[\]]|\[[^[\]]*\])*\]\([^)]*\)/g, "").replace(/^\s*([-*+]|\d{1,3}[.)])\s*/gm, "").replace(/(^|\s)(go\s*to|see|참고|참조|링크|바로\s*가기)\s*[:：]?(?=\s|$)|[→👉]/gimu, " ").replace(/[\s>*_]+/g, "")) return true;
  const text = markdown.replace(/<!--[\s\S]*?-->/g, " ").replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`>#]/g, "").replace(/\s+/g, " ").trim();
  // ("프로세스와 스레드 참고": only where to read, in a few words)
  // (never "참조", which names a reference itself: "약한 참조", "주소 참조")
  if (text.length <= 30 && /^[^.!?\n]{1,24}\s참고(\s*(바람|하기|하세요|해\s*주세요))?[.!]?$/.test(text)) return true;
  return text.length <= 160 && /(포스팅|링크|글|자료|문서|블로그)[^.\n]{0,20}(으로|로)\s*대체|(링크|자료)[를을]?\s*대신\s*첨부/.test(text);
}

/**
 * A link's target after its "]": the address (which may hold a pair of brackets,
 * "…/Concurrency_(A)Sync.md") and an optional title ("[글](https://… "정리한 글")").
 */
const LINK_TARGET = String.raw`\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)`;
/** A whole link (not an image), its text holding one level of brackets at most. */
const MARKDOWN_LINK = new RegExp(String.raw`(?<!!)\[(?:[^[\]]|\[[^[\]]*\])*\]` + LINK_TARGET, "g");
/** A whole link or image, "[text](target)" / "![alt](target)". */
const LINK_OR_IMAGE = new RegExp(String.raw`!?\[(?:[^[\]]|\[[^[\]]*\])*\]` + LINK_TARGET, "g");
/** A link's "](target)" part, to measure an answer as the reader sees it. */
const LINK_TAIL = new RegExp(String.raw`\]` + LINK_TARGET, "g");

/**
 * An answer with nothing written in it: empty HTML elements ("<p></p>"), links and images alone
 * (a "[🗝️](./answers/)" cell, a bare URL), emoji and punctuation. A link is where an answer is,
 * not the answer.
 */
function hasNoWrittenText(markdown: string): boolean {
  // "`<br>`", "`===`": code is written text, whatever its characters (a URL in backticks is still a link)
  if (/`[^`\n]*\S[^`\n]*`/.test(markdown.replace(/`\s*https?:\/\/[^`\s]*\s*`/g, " "))) return false;
  // (links and images alone, whatever their address: LINK_TARGET)
  const text = markdown
    .replace(LINK_OR_IMAGE, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/&(nbsp|lt|gt|amp|quot|#39);/g, " ")
    // ("- 출처 : https://…" alone: where to read, named as such, is still no written text)
    .replace(/(^|\n)[\s>*+-]*(출처|참고|참조|레퍼런스|링크|source|sources|ref|refs|reference|references|link)\s*[:：]?\s*(?=\n|$)/gi, "$1");
  return !/[\p{L}\p{N}]/u.test(text);
}

/** "TODO", "작성 중", "(추가 예정)", "…", "-": an answer slot the author has not filled yet. */
const PLACEHOLDER = /^[([]?\s*(todo|tbd|tba|wip|coming soon|작성\s*(중|예정)|준비\s*중|(추가|정리|업데이트|보충)\s*(중|예정|필요)|답변\s*(작성\s*)?예정|\.{2,}|…+|-+|\?+)\s*[)\]]?[.!]*$/i;

/** Whether an answer is only a placeholder for one. */
function isPlaceholder(markdown: string): boolean {
  return PLACEHOLDER.test(markdown.replace(/[*_`>]/g, " ").replace(/^\s*[-*+]\s*$/gm, "-").replace(/\s+/g, " ").trim());
}

/** "…어떻게 동작하나요?", "왜 …?": a question names alone cannot answer (unlike "…의 세 속성은?"). */
const ASKS_HOW_OR_WHY = /(^|\s)(어떻게|왜)(\s|$)|(how|why)\b/i;

/**
 * The answer without its empty fences ("```js" then "```": a slot for code never written). Fences
 * are paired in order, so the close of one and the opening of the next are never read as a pair.
 */
function withoutEmptyFences(answer: string): string {
  const lines = answer.split("\n");
  const empty = fencedRanges(lines).filter(([from, to]) => to > from && lines.slice(from + 1, to).every((l) => !l.trim()));
  if (empty.length === 0) return answer;
  return lines.filter((_, i) => !empty.some(([from, to]) => i >= from && i <= to)).join("\n");
}

/** Whether an answer is one a card keeps (see writtenAnswer). */
export function hasWrittenAnswer(prompt: string, answer: string): boolean {
  return !!writtenAnswer(prompt, answer).trim();
}

/** The answer as a card keeps it: "" when it is no answer (sub-questions only, given material, a pointer, a placeholder, an intro). */
function writtenAnswer(prompt: string, answer: string): string {
  // "### 코드" + an empty fence, "### 정답" + an empty fence: a template's slots, nothing written in them
  // (only bare slot headings go: "### 정답: O(n log n)" is an answer written on its heading line)
  if (answer.length <= 400 && /(`{3}|~{3})/.test(answer) && !withoutEmptyFences(answer).split("\n").filter((l) => !BARE_HEADING.test(l)).join("\n").trim()) return "";
  // sub-questions nested under a question ("- …?\n  - …?") are no answer to it
  if (isQuestionsOnly(answer)) return "";
  // "아래 코드의 결과값은?" over the code alone, "다음 헤더들을 설명해 주세요" over their names: given, not answered
  if (answer.length <= 2000 && isGivenMaterial(prompt, answer)) return "";
  // "표를 채워주세요." over a table of empty cells, "- 흐름 제어 :" with nothing after it: a form left blank
  if (isBlankForm(answer, prompt)) return "";
  // (a link's address is not read: a long percent-encoded address is still one link)
  const shown = answer.replace(LINK_TAIL, "]()").replace(/https?:\/\/\S+/g, "URL").length;
  // "설명은 포스팅으로 대체합니다 [link]": a pointer, not an answer
  if (shown <= 400 && isPointer(answer)) return "";
  // "정해진 답 없음.", "(작성 예정)": a placeholder, not an answer
  // (…unless the question asks what to say when one cannot answer: "모르는 질문을 받으면 뭐라고 말하나요?")
  if (answer.length <= 200 && isPlaceholderAnswer(answer) && !ASKS_WHAT_TO_SAY.test(prompt)) return "";
  // "…을 정리해 놓은 저장소입니다": about the repository, not an answer
  if (describesRepository(answer.replace(/[*_`>#-]/g, " "))) return "";
  // "본 자료는 … 작성되었습니다" + "- …이해하기": the note introducing itself
  if (answer.length <= 1000 && isAboutTheNote(answer)) return "";
  if (shown <= 400 && hasNoWrittenText(answer) && !(asksYesOrNo(prompt) && YES_OR_NO.test(answer))) return "";
  // "## 목적\n## Priority" and nothing else: the headings of an answer still to be written
  if (answer.length <= 600 && isOutlineOnly(answer, asksToExplain(prompt) || ASKS_HOW_OR_WHY.test(prompt), (rest) => isPointer(rest) || hasNoWrittenText(rest))) return "";
  if (answer.length <= 40 && isPlaceholder(answer)) return "";
  return withoutEmptySlots(answer);
}

/** "…뭐라고 말하나요?", "…곤란할 때는?", "모르는 질문을 받으면 어떻게 대처하나요?": an admission is the answer asked for. */
const ASKS_WHAT_TO_SAY = /(뭐라고|무엇이라고|어떻게\s*(말|대답|답|대처|대응)|곤란|모르는\s*(질문|것|게|내용|부분)|모를\s*때|솔직하게)/;

/** "…스레드 안전한가요? → ❌": a mark that answers a yes-or-no question, no or yes. */
const YES_OR_NO = /^\s*(❌|✅|⭕|❎|✔️?|✖️?|☑️?|🙅|🙆|[oOxX])\s*[.!]?\s*$/u;

/** "…스레드 안전한가요?", "…허용하나요?": a question answered yes or no (no "무엇", "왜", "차이" …: those ask for words). */
function asksYesOrNo(prompt: string): boolean {
  const t = prompt.trim();
  return /(나요|가요|까요|니까|습니까|ㄴ가요|는지요)\s*[?？]$/.test(t) && !/(무엇|뭐|뭔|왜|어떻|어떤|어디|언제|누구|얼마|몇|차이|방법|이유|과정|원리)/.test(t);
}

/** A bare heading line ("### 코드"): short, no text after a colon ("### 정답: O(n)" answers on its own line). */
const BARE_HEADING = /^[ \t]*(#{1,6})[ \t]+[^\n:：]{1,20}$/;

/** The answer without its headings that head nothing: the next line written is a heading as high, or there is none. */
function withoutEmptyHeadings(answer: string): string {
  const lines = answer.split("\n");
  const level = (l: string) => /^[ \t]*(#{1,6})[ \t]/.exec(l)?.[1]!.length ?? 0;
  return lines
    .filter((l, i) => {
      const m = BARE_HEADING.exec(l);
      if (!m) return true;
      const next = lines.slice(i + 1).find((n) => n.trim());
      return next !== undefined && (level(next) === 0 || level(next) > m[1]!.length);
    })
    .join("\n");
}
/** A reveal label heading the answer it opens ("### 정답"). */
const OPENING_LABEL = /^[ \t]*#{1,6}[ \t]+(정답|답변|답|모범\s*답안|answer)[ \t]*\n/i;

/**
 * A template's empty slots taken out of an answer written in the others: "### 코드" over an
 * empty fence goes, and "### 정답" then opens nothing but the answer, so it goes too.
 */
function withoutEmptySlots(answer: string): string {
  if (!/(`{3}|~{3})/.test(answer)) return answer;
  const unfenced = withoutEmptyFences(answer);
  if (unfenced === answer) return answer;
  return withoutEmptyHeadings(unfenced).replace(/\n{3,}/g, "\n\n").trim().replace(OPENING_LABEL, "").trim() || answer;
}

/** The note's lines, split once per note (every card asks for them). */
let splitSource: { source: string; lines: string[] } | null = null;
export function linesOf(source: string): string[] {
  if (splitSource?.source !== source) splitSource = { source, lines: source.split("\n") };
  return splitSource.lines;
}

/**
 * Whether a card's answer was written in a fold or a quote (its question in a
 * `<summary>`, or the lines under it quoted): only there does a question asked
 * in the answer stand apart from the explanation (a section's own "그렇다면 …?"
 * paragraphs are read by segments.ts).
 */
function answerIsFolded(source: string, line: number): boolean {
  const lines = linesOf(source);
  const at = (n: number) => lines[n - 1] ?? "";
  if (/<(details|summary)\b/i.test(at(line)) || /<summary\b/i.test(at(line + 1))) return true;
  for (let n = line + 1; n <= Math.min(lines.length, line + 3); n++) if (at(n).trim()) return /^\s*>/.test(at(n));
  return false;
}

/** The key of the topic a draft's unanswered questions are listed under (none at the note's root). */
function topicKeyOf(d: DraftInput): string {
  const anchor = d.anchor !== undefined ? d.anchor : d.topic;
  return anchor && anchor.role !== "root" ? pathKey(anchor.path) : "";
}

/** The card an unanswered follow-up was asked of, when it was written as one ("꼬리 질문" fold inside a question's fold). */
const askedOf = (d: DraftInput) => (d.kind === "followup" && d.parentDraft ? { parentDraft: d.parentDraft } : {});

/** Record a draft; empty answers become a warning instead of a card. */
export function addDraft(ctx: Ctx, d: DraftInput, warnIfEmpty = true): CardDraft | null {
  // questions asked inside the answer itself (a quoted <details>, "그렇다면 …?" and its answer): its follow-ups,
  // when the answer left and each follow-up's answer are answers still (else nothing is split off, so nothing is lost)
  const folded = d.kind === "qa" || d.kind === "followup" ? foldFollowups(d.answer, d.prompt, answerIsFolded(ctx.source, d.lineStart)) : null;
  if (folded && folded.asked.length > 0 && writtenAnswer(d.prompt, folded.answer) && folded.asked.every((f) => writtenAnswer(f.question, f.answer))) {
    const draft = addDraft(ctx, { ...d, answer: folded.answer }, warnIfEmpty);
    if (!draft) return null;
    const made = new Map<FoldedQuestion, CardDraft>();
    for (const item of folded.asked) {
      const line = questionLine(ctx.source, item.question, d.lineStart, d.lineEnd);
      const parentDraft = (item.drills && made.get(item.drills)) || draft;
      const own = addDraft(ctx, { ...d, kind: "followup", prompt: isQuestion(item.question) || isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question), answer: item.answer, role: item.question, rank: RANK.followup, lineStart: line, lineEnd: Math.max(line, d.lineEnd), parentDraft, tips: [], idKind: undefined, idRole: undefined }, false);
      if (own) made.set(item, own);
    }
    return draft;
  }
  // ("DB Lock에 대해 설명해주세요." and more, a line each after the answer: the note's next questions, unanswered, not its end)
  const trailing = splitTrailingQuestions(d.answer, d.prompt);
  if (trailing && writtenAnswer(d.prompt, trailing.answer).trim()) {
    const draft = addDraft(ctx, { ...d, answer: trailing.answer }, warnIfEmpty);
    for (const q of trailing.asked) ctx.unanswered.push({ line: questionLine(ctx.source, q, d.lineStart, d.lineEnd), prompt: cleanPrompt(q), topicKey: topicKeyOf(d) });
    return draft;
  }
  // ("Servlet의 동작 원리는 무엇인지" over "라이프사이클은 어떻게 동작하는지" …: a list of questions jotted a line each,
  // all unanswered, each listed on its own line)
  // (…and sub-questions nested under a question, "* …설명하시오." over "  * …무엇인지 설명하시오.": each listed too, never dropped)
  const run = d.role !== "explain" && isQuestionRun(d.answer, () => (isQuestion(d.prompt) || isRequest(d.prompt)) && !labelsAnswer(ctx.source, d.lineStart, d.lineEnd), () => marksAnswerToDo(ctx.source, d.lineStart, d.lineEnd));
  if (run || (d.role !== "explain" && d.answer.trim() && isQuestionsOnly(d.answer) && (isQuestion(d.prompt) || isRequest(d.prompt)))) {
    const topicKey = topicKeyOf(d);
    const lines = linesOf(ctx.source);
    const asked = runLines(d.answer.split("\n").filter((l) => !POINTER_LINE.test(l)).join("\n")).map((l) => l.replace(SUB_NUMBER, "").replace(ITEM_MARKER, ""));
    // (a line among them that asks nothing, "- B+트리 탐색으로 풀 스캔 회피" over the sub-questions, is named, never dropped unseen)
    for (const l of run ? [] : asked.filter((l) => !isQuestion(l) && !isRequest(l))) ctx.warnings.push({ line: d.lineStart, message: `건너뛴 부분: "${l.slice(0, 60)}" (답이 없는 질문 목록 속의 글)` });
    for (const q of [d.prompt, ...(run ? asked : asked.filter((l) => isQuestion(l) || isRequest(l)))]) {
      const at = lines.findIndex((l, i) => i >= d.lineStart - 1 && i < Math.max(d.lineEnd, d.lineStart + 40) && l.includes(q.replace(/[?？.]$/, "").slice(0, 20)));
      ctx.unanswered.push({ line: at === -1 ? d.lineStart : at + 1, prompt: cleanPrompt(q), topicKey, ...askedOf(d) });
    }
    return null;
  }
  // (the card it would be as a practice prompt, id and all, so adding practice prompts later makes no second one)
  if (d.practiceAnchor && !writtenAnswer(d.prompt, d.answer).trim()) {
    if (d.answer.trim()) ctx.warnings.push({ line: d.lineStart, message: `건너뛴 부분: "${d.prompt.slice(0, 60)}"의 답 (글로 쓴 답이 아님: 모범 답안 없는 연습 질문으로 넣었습니다)` });
    return pushDraft(ctx, { ...d, answer: "", idKind: "qa", idRole: `practice:${d.prompt.trim()}` }, []);
  }
  const written = writtenAnswer(d.prompt, d.answer);
  const outline = written ? [] : askingHeadings(d.answer);
  // (a topic's own text that reads as no answer is left out where the user can see it, never silently)
  if (!written.trim() && d.answer.trim() && d.role === "explain") ctx.warnings.push({ line: d.lineStart, message: `건너뛴 부분: "${d.section.title.slice(0, 60)}" (답이 아닌 질문 목록·안내·자리 표시)` });
  const asWritten = d.answer;
  d = { ...d, answer: written };
  if (!d.answer.trim() && !(d.steps && d.steps.length > 0)) {
    // ("### 🍎 Q. flowWithLifecycle에 대한 질문" over a link alone: marked as a question, it is one still to be answered)
    const marked = d.section.role === "question" && !!d.section.heading && d.prompt === cleanPrompt(d.section.text) && hasQuestionPrefix(d.section.text.replace(/^[\p{Extended_Pictographic}\u{FE0F}\u{200D}\s]+/u, ""));
    // (…and so is a task set to the reader, "…에 대해서 설명해보자.", "…로직을 짜보자")
    if (d.kind !== "steps" && d.role !== "explain" && (isRequest(d.prompt) || SETS_TASK.test(d.prompt.trim()) || marked)) {
      const topicKey = topicKeyOf(d);
      // (a follow-up keeps the draft it would have been, so its parent is found as an answered one's would be)
      // (a link left where the answer goes is where to read before answering: kept with the question)
      const links = asWritten.match(MARKDOWN_LINK) ?? [];
      ctx.unanswered.push({ line: d.lineStart, prompt: d.prompt.trim(), topicKey, ...askedOf(d), ...(d.kind === "followup" ? { asFollowup: draftOf(ctx, d) } : {}), ...(links.length > 0 ? { sources: links } : {}) });
      // (an empty outline's headings that ask are questions still to be answered too, never dropped)
      const lines = linesOf(ctx.source);
      for (const h of outline) {
        const at = lines.findIndex((l, i) => i >= d.lineStart && /^\s{0,3}#{1,6}\s/.test(l) && l.includes(h.slice(0, 16)));
        ctx.unanswered.push({ line: at === -1 ? d.lineStart : at + 1, prompt: cleanPrompt(h), topicKey });
      }
      return null;
    }
    if (warnIfEmpty) ctx.warnings.push({ line: d.lineStart, message: `빈 답변: "${d.prompt.slice(0, 60)}"` });
    return null;
  }
  return pushDraft(ctx, d);
}

/** Record a card draft (its input already checked) and return it. */
function pushDraft(ctx: Ctx, d: DraftInput, idPath?: string[]): CardDraft {
  const draft = draftOf(ctx, d, idPath);
  ctx.drafts.push(draft);
  return draft;
}

/** The card draft an input makes (not recorded). */
function draftOf(ctx: Ctx, d: DraftInput, idPath?: string[]): CardDraft {
  return {
    kind: d.kind,
    prompt: dropShortcodes(d.prompt.trim()),
    ...(d.given ? { given: d.given } : {}),
    answer: d.answer.trim(),
    tips: d.tips ?? [],
    ...(d.steps ? { steps: d.steps } : {}),
    headingPath: d.section.path,
    role: d.role ?? "",
    rank: d.rank,
    lineStart: d.lineStart,
    lineEnd: Math.max(d.lineStart, d.lineEnd),
    topicKey: d.topic ? pathKey(d.topic.path) : "",
    ...(d.topic ? { topicIndex: d.topic.index } : {}),
    topicTitle: topicTitle(ctx, d.topic),
    scopeKey: scopeKeyOf(ctx, d.topic ?? d.section),
    ...(d.anchor !== undefined ? { anchorKey: d.anchor && d.anchor.role !== "root" ? pathKey(d.anchor.path) : "" } : {}),
    ...(d.anchor && d.anchor.role !== "root" ? { anchorIndex: d.anchor.index } : {}),
    // follow-ups of the whole note (under its title or before any heading): a title without a card leaves them to the word match
    ...(d.anchor !== undefined && (!d.anchor || d.anchor.role === "root" || d.anchor === ctx.titleSection) ? { anchorIsDeck: true } : {}),
    ...(d.parentDraft ? { parentDraft: d.parentDraft } : {}),
    ...(d.idKind && d.idKind !== d.kind ? { idKind: d.idKind } : {}),
    ...(d.idRole !== undefined && d.idRole !== (d.role ?? "") ? { idRole: d.idRole } : {}),
    ...(idPath ? { idPath } : {}),
    // (a question answered by the headings beside it was listed unanswered before: it keeps its practice prompt's id)
    ...(d.section.line === d.lineStart && !d.role && wasAnsweredBeside(d.section) ? { idPath: [], idKind: d.kind, idRole: `practice:${dropShortcodes(d.prompt.trim())}` } : {}),
  };
}

/** Line of the note where a question written inside an answer is asked: after the answer's first line when it can be found there. */
function questionLine(source: string, question: string, from: number, to: number): number {
  const lines = linesOf(source);
  // (marked as the line is: "`record`를 쓰면 …?" is found on a line whose backticks are read off)
  const probe = question.replace(/<[^>]*>|\*\*|__|`/g, "").replace(/\s+/g, " ").slice(0, 24);
  const plain = (n: number) => (lines[n - 1] ?? "").replace(/<[^>]*>|\*\*|__|`/g, "").replace(/\s+/g, " ");
  for (let n = from + 1; n <= Math.min(to, lines.length); n++) if (plain(n).includes(probe)) return n;
  return from;
}

/** Heading of a section as a block (to include sub-headings in an answer). */
export function headingBlock(section: Section): Block | null {
  const h = section.heading;
  if (!h || !h.position) return null;
  return { node: h, start: h.position.start.offset ?? 0, end: h.position.end.offset ?? 0, line: h.position.start.line, endLine: h.position.end.line };
}

export { RANK };
