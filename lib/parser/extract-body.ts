/**
 * Cards from a section body: labelled segments, question paragraphs,
 * `<details>`, step lists and spoken (polite) prose.
 */
import { askedItemsAfterAnswer } from "./asked-items-after-answer";
import { addListedFollowups } from "./listed-followups";
import type { List, ListItem } from "mdast";
import { plainHtml, type Block } from "./blocks";
import { RANK, addDraft, explainPrompt, hasWrittenAnswer, linesOf, scopeKeyOf, stepsPrompt, topicTitle, whyPrompt, type Ctx } from "./context";
import { itemHeadedFollowups } from "./item-headed-body";
import { blocksMarkdown, cleanAnswer, detailsBody, isNoise, lineRange, sliceDedent, unquote, type CardDraft } from "./draft";
import { isCategoryQuestionList } from "./category-question-list";
import { numberedParagraphs } from "./numbered-paragraphs";
import { answerKeyedQuestions } from "./answer-key-lists";
import { CHANGES_TOPIC } from "./pointed-back-heading";
import { boldQuestionItems, detailsItem, followupItems, questionAnswer, questionListItems, type QuestionItem } from "./extract-questions";
import { tableAsksFollowups, tableItems } from "./question-tables";
import { isStepMarkerList, markedStepParagraphs, procedureSteps, stepsFromBlocks, stepsFromList } from "./extract-steps";
import { FINAL, finalOf, isPoliteProse } from "./korean";
import { isDressedAnswerHeading, isQuestionCollectionLabel, isResearchLabel, normalizeLabel } from "./labels";
import { isNoteLevel } from "./note-level";
import { BRACKETED_FOLLOWUP, cleanHeading, cleanPrompt, hasQuestionPrefix, isAdvice, isQuestion, isRequest, stripQuestionPrefix } from "./questions";
import { pathKey } from "./sections";
import { lineOf, textOf } from "./markdown";
import type { Section } from "./sections";
import { splitSegments, type Segment } from "./segments";
import { isAnnouncement } from "./note-asides";
import { challengesAnswer } from "./challenge-followup";
import { numberedParent, numbersSubItemOf, rememberNumbered } from "./numbered-summary";
import { indentedUnder } from "./entity-indent";
import { SO_THEN } from "./parents";
import { ASKED_IF_MENTIONED, collectsQuestions, firstQuestionAfterExplanation, lastAsked, MENTIONED_BEFORE, POINTS_BACK, rememberAsked } from "./body-followups";
import { addRaisedFollowups, raisedQuestions } from "./raised-questions";
import { doubtsAnswer, drillsCase, OF_THOSE, sharesName } from "./drilled-case";
import { questionSheet } from "./question-sheet";
import { introducesRepository, invitesCorrections } from "./repository-intro";
import { namesInterviewSat, namesQuestionCollection } from "./study-housekeeping";
import { addSources, linksIn } from "./sources";
import { explainsInItems, isNotice, isResourceList, isSubstantive, isTerseList } from "./substantive-body";
import { NAMES_PICTURE, READING_COMMENT, inLinkIndex, namesATopic, namesItsPage, namesReading, pointsOnlyToTheWeb, pointsToTheWeb, showsOnlyPictures, wordsBesideLinks } from "./reading-links";
import { unreadPreambleWarning } from "./preamble-intro";
import { asksForRemedy } from "./own-question";

/** Questions that say they follow the one before: "그렇다면 …?", "그럼 …?", "Then …?" */
const THEN = /^(그렇다면|그러면|그럼|그렇담|then)[\s,]/i;
/** "위 문제를 …", "앞의 상황에서 …": a question about what the answer just before it named. */
const ABOVE = /^(위|앞)(의)?\s*(문제|상황|경우|현상|문제점)(을|를|은|는|이|가|에|에서|의)?\s/;

/** Whether a listed question says it follows the answered one listed before it ("그렇다면 …?", "위 문제를 …?", "(꼬리) …?"). */
// (…or asks for a remedy of what that answer named, "해결방법은 뭐죠?")
const followsListedBefore = (question: string, previous?: CardDraft, doubting = true) => (THEN.test(question) || MENTIONED_BEFORE.test(question) || (previous !== undefined && (drillsCase(question, previous.prompt) || (doubting && doubtsAnswer(question, previous)) || (OF_THOSE.test(question) && sharesName(question, `${previous.prompt}\n${previous.answer}`)))) || BRACKETED_FOLLOWUP.test(question) || ASKED_IF_MENTIONED.test(question) || ABOVE.test(question) || asksForRemedy(question)) && !CHANGES_TOPIC.test(question);

/** The question last answered in a list of a section's body, and where that list ends (sections live for one parse). */
const LAST_LISTED = new WeakMap<Section, { draft: CardDraft; endLine: number }>();

/** Questions answered along the way inside a topic's notes: the topic still gets its own card. */
const ASIDE = new WeakSet<CardDraft>();

/** Text used to judge the register of prose (quotes, code and HTML excluded). */
function proseText(blocks: Block[]): string {
  return blocks
    .filter((b) => !b.details && (b.node.type === "paragraph" || (b.node.type === "list" && !isResourceList(b.node))))
    .map((b) => textOf(b.node))
    .join("\n");
}

/** Whether a topic's own blocks read as a spoken answer (a script card, not a qa one). */
export function readsAsScript(blocks: Block[], source: string): boolean {
  const prose = proseText(blocks.filter((b) => !isNoise(b, source)));
  return isPoliteProse(prose) && !isNotice(prose);
}

/** "3.1 추가질문 :": a question marked as one more about the (unmarked) question listed before it. */
const MARKED_EXTRA = /^\s*(\d{1,2}(\.\d{1,2})*\.?\s*)?추가\s*질문\s*\d{0,2}\s*[-.:：)]/;

/** "예상 질문", "면접 질문", "질문 리스트", "면접 포인트": the interview's own questions (not "관련 질문", "궁금한 점": questions that follow a topic up). */
const INTERVIEW_QUESTIONS = /((예상|면접|기본|주요|실제|기술)\s*(면접\s*)?질문|질문\s*(목록|리스트|모음)|면접\s*(대비\s*)?(핵심\s*)?포인트|interview\s+questions)/i;

/** A script card: non-quote blocks are the answer, quotes are reviewer tips. */
export function addScript(ctx: Ctx, section: Section, topic: Section | null, blocks: Block[], head: string, line: number): void {
  const body = blocks.filter((b) => b.node.type !== "blockquote");
  const quotes = blocks.filter((b) => b.node.type === "blockquote").map((b) => unquote(ctx.source.slice(b.start, b.end))).filter(Boolean);
  const own = [head, blocksMarkdown(body.filter((b) => !isNoise(b, ctx.source)), ctx.source)].filter(Boolean).join("\n\n");
  // quotes beside the script are the reviewer's tips; "# 답변" over nothing but a quote is answered by that quote
  // (before, such an answer went to the tips and the question was listed unanswered)
  const answer = own || quotes.join("\n\n");
  const tips = own ? quotes : [];
  const [, end] = lineRange(blocks, line);
  const title = topicTitle(ctx, topic);
  if (topic && topic.role === "question") {
    addDraft(ctx, { kind: "qa", prompt: cleanPrompt(topic.title), answer, tips, section, topic, rank: RANK.question, lineStart: line, lineEnd: end });
    return;
  }
  const d = addDraft(ctx, { kind: "script", prompt: explainPrompt(title), answer, tips, section, topic, rank: RANK.script, lineStart: line, lineEnd: end });
  if (d) SCRIPTS.set(d, [{ line, text: d.answer }]);
}

/**
 * Script cards made by addScript, each with the parts of the topic's answer it holds (by the
 * line each starts on): the parts are put back in the note's order when more join it.
 */
const SCRIPTS = new WeakMap<CardDraft, { line: number; text: string }[]>();

/** Add parts to a script card and write its answer from all its parts in the note's order. */
function joinParts(script: CardDraft, parts: { line: number; text: string }[]): void {
  const all = [...(SCRIPTS.get(script) ?? []), ...parts].sort((a, b) => a.line - b.line);
  SCRIPTS.set(script, all);
  script.answer = cleanAnswer(all.map((p) => p.text).join("\n\n"));
}

/**
 * "> TLS/SSL termination?" and its answer in the middle of a topic's spoken
 * explanation: the question is a follow-up, and the explanation before and
 * after it is still one answer. Each part had made a script card of the same
 * prompt, and only one of them was kept, so the rest of the answer was lost.
 * The later parts join the first, in order.
 */
export function joinSplitScripts(ctx: Ctx, from: number): void {
  const parts = ctx.drafts.slice(from).filter((d) => SCRIPTS.has(d));
  const first = parts[0];
  if (!first || parts.length < 2 || parts.some((d) => d.prompt !== first.prompt)) return;
  absorbScripts(first, parts, parts.slice(1).flatMap((d) => SCRIPTS.get(d) ?? []));
  dropJoined(ctx, new Map(parts.slice(1).map((d) => [d, first])));
}

/** One script card takes in the parts of others of its group (`parts`, itself among them): their answers, tips and lines. */
function absorbScripts(first: CardDraft, parts: CardDraft[], pieces: { line: number; text: string }[]): void {
  joinParts(first, pieces);
  first.tips = parts.flatMap((d) => d.tips);
  first.lineEnd = Math.max(...parts.map((d) => d.lineEnd));
}

/** Drafts joined into another (`joined` maps each to the one that took it in) go; their follow-ups follow that one. */
function dropJoined(ctx: Ctx, joined: Map<CardDraft, CardDraft>): void {
  if (joined.size === 0) return;
  ctx.drafts.splice(0, ctx.drafts.length, ...ctx.drafts.filter((d) => !joined.has(d)));
  for (const d of ctx.drafts) if (d.parentDraft && joined.has(d.parentDraft)) d.parentDraft = joined.get(d.parentDraft);
}

/**
 * "## 답안" and "## 자료 조사" under one question: two labels of its one answer. Each made a script
 * card asking the same; the later ones join the first, in the note's order, their follow-ups with them.
 */
export function joinSiblingScripts(ctx: Ctx): void {
  const groups = new Map<string, CardDraft[]>();
  for (const d of ctx.drafts) {
    if (!SCRIPTS.has(d) || d.topicIndex === undefined) continue;
    const key = `${d.topicIndex}\u0000${d.prompt}`;
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const research = (d: CardDraft) => isResearchLabel(d.headingPath.at(-1) ?? "");
  const later = new Map<CardDraft, CardDraft>();
  for (const parts of groups.values()) {
    // (only research beside the answer: two "### 답변" under one topic answer two questions the note asked between them)
    if (parts.length < 2 || !parts.some(research) || parts.every(research)) continue;
    // (the answer first, the research after it, wherever the note put it)
    const first = parts.find((d) => !research(d))!;
    const rest = parts.filter((d) => d !== first);
    const after = Math.max(...parts.map((d) => d.lineEnd));
    absorbScripts(first, parts, rest.flatMap((d) => (SCRIPTS.get(d) ?? []).map((p) => (research(d) ? { ...p, line: after + p.line } : p))));
    for (const d of rest) later.set(d, first);
  }
  dropJoined(ctx, later);
}

/**
 * A topic's procedure (one numbered list under "…과정", "…순서") as a steps card. It keeps
 * the id the card had when such a list was read as the topic's script or explanation, so a
 * re-import keeps its history.
 */
function addProcedure(ctx: Ctx, section: Section, topic: Section, blocks: Block[], steps: string[], polite: boolean): void {
  const [start, end] = lineRange(blocks, section.line);
  const asked = topic.role === "question";
  const prompt = asked ? cleanPrompt(topic.title) : stepsPrompt(topicTitle(ctx, topic));
  const idKind = polite && !asked ? "script" : "qa";
  const idRole = polite ? "" : "explain";
  const lineStart = polite ? start : Math.min(start, section.line);
  addDraft(ctx, { kind: "steps", prompt, answer: cleanAnswer(blocksMarkdown(blocks, ctx.source)), steps, section, topic, rank: RANK.steps, lineStart, lineEnd: end, idKind, idRole });
}

/** Handle one labelled segment (or a labelled heading's whole body). */
export function addLabelled(ctx: Ctx, seg: Segment, section: Section, topic: Section | null): void {
  const { source } = ctx;
  const head = seg.headStart !== undefined && seg.headEnd !== undefined ? sliceDedent(source, seg.headStart, seg.headEnd) : "";
  const [, end] = lineRange(seg.blocks, seg.line);
  const title = topicTitle(ctx, topic);
  switch (seg.kind) {
    case "script":
      addScript(ctx, section, topic, seg.blocks, head, seg.line);
      return;
    case "steps": {
      const { steps, list } = stepsFromBlocks(seg.blocks, source);
      // (what the part says after its list, "> 인터럽트 핸들러 함수 …" and its kinds, is its answer too: never dropped unseen)
      const answer = list && seg.blocks.every((b) => b === list || isNoise(b, source)) ? blocksMarkdown([list], source) : blocksMarkdown(seg.blocks, source);
      addDraft(ctx, { kind: "steps", prompt: stepsPrompt(title), answer, steps, section, topic, rank: RANK.steps, lineStart: seg.line, lineEnd: end });
      return;
    }
    case "why": {
      const answer = [head, blocksMarkdown(seg.blocks, source)].filter(Boolean).join("\n\n");
      addDraft(ctx, { kind: "qa", prompt: whyPrompt(title), answer, section, topic, role: "why", rank: RANK.label, lineStart: seg.line, lineEnd: end });
      return;
    }
    case "followups": {
      // "키워드 & 꼬리 질문": the items that don't ask are keywords, not questions
      const labelText = seg.labelBlock ? source.slice(seg.labelBlock.start, seg.labelBlock.end).split("\n")[0]! : section.role === "label" ? section.text : "";
      const keywords = /키워드|keywords?/i.test(labelText);
      // "## 예상 질문" with no topic before it: the note's own questions, each with its answer
      // (…and "예상 질문" / "면접 질문" anywhere: the interview's own questions, not follow-ups of the topic before them)
      const own = isQuestionCollectionLabel(labelText) && (isNoteLevel(ctx, topic) || INTERVIEW_QUESTIONS.test(labelText));
      let previous: CardDraft | null = null;
      const items = followupItems(seg.blocks, source);
      // ("### 면접 포인트" over points to make, asking nothing: no card, named so it is not lost unseen)
      if (items.length === 0 && seg.blocks.some((b) => !isNoise(b, source))) ctx.warnings.push({ line: seg.line, message: `건너뛴 부분: "${(labelText || section.title).slice(0, 40)}" (질문이 없는 글)` });
      for (const item of items) {
        if (keywords && !isRequest(item.question)) {
          // (a keyword explained under it, "- Method Area" over its points: no question, named so it is not lost unseen)
          if (item.answer.trim()) ctx.warnings.push({ line: item.line, message: `건너뛴 부분: 키워드 "${item.question.slice(0, 40)}"의 설명 (꼬리 질문이 아닌 키워드)` });
          continue;
        }
        // ("<summary>📈 통계/수학</summary>" over a list of questions alone: each of them, unanswered, never dropped)
        for (const q of item.listed ?? []) addDraft(ctx, { kind: own ? "qa" : "followup", prompt: cleanPrompt(q.question), answer: "", section, topic, role: q.question, rank: RANK.question, lineStart: q.line, lineEnd: q.line, anchor: topic }, false);
        if (item.listed && !isQuestion(item.question) && !isRequest(item.question)) continue;
        if (own) {
          // ("> 3.1 추가질문 : …?" after "> 3. …": the follow-up of the question before it)
          // (…and "그렇다면 …?" or "위 문제를 …?" in "## 면접 질문": the question before it is what it asks on from, when
          // nothing stands between them, "**네트워크**" naming another group)
          const between = previous && seg.blocks.some((b) => b.line > previous!.lineEnd && b.endLine < item.line && b.node.type !== "list" && !isNoise(b, source));
          if (previous && !between && (MARKED_EXTRA.test(item.question) || followsListedBefore(stripQuestionPrefix(item.question), previous))) {
            // (a doubt and nothing else made it one: it keeps the id it had as a question of its own)
            const doubtOnly = !MARKED_EXTRA.test(item.question) && !followsListedBefore(stripQuestionPrefix(item.question), previous, false);
            addDraft(ctx, { kind: "followup", prompt: detailsPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic, parentDraft: previous, ...(doubtOnly ? { idKind: "qa" as const } : {}) }, false);
            continue;
          }
          // (an unanswered question between makes no card: a "그렇다면 …?" after it asks on from that one, not the one before)
          previous = addDraft(ctx, { kind: "qa", prompt: detailsPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.question, lineStart: item.line, lineEnd: item.endLine }, false);
          continue;
        }
        // (a follow-up fold right under a question's folded answer follows that question, not the section's topic)
        // (…and one marked "추가질문" follows the question listed before it)
        const marked = MARKED_EXTRA.test(item.question);
        const asker = seg.inReveal ? lastAsked(section) : marked && previous ? previous : undefined;
        const d = addDraft(ctx, { kind: "followup", prompt: isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic, ...(asker ? { parentDraft: asker } : {}) }, false);
        if (!marked) previous = d ?? previous;
      }
      return;
    }
    case "sources": {
      keepSources(ctx, section, linksIn(seg.labelBlock ? [seg.labelBlock, ...seg.blocks] : seg.blocks, source));
      // (a sentence of the note's own under "### 참고", "클로저는 메모리 누수의 원인이 되기도 합니다.", is no source: named, never dropped unseen)
      const said = seg.blocks.filter((b) => b.node.type === "paragraph" && linksIn([b], source).length === 0).map((b) => textOf(b.node).replace(/\s+/g, " ").trim()).filter((t) => t.length >= 20 && /(다|요)[.!]?$/.test(t));
      if (said.length > 0) ctx.warnings.push({ line: seg.line, message: `건너뛴 부분: "${section.title.slice(0, 60)}"의 글 (출처 절 속 문장: ${said[0]!.slice(0, 40)})` });
      return;
    }
    default:
      return;
  }
}

/**
 * Items of a question list that ask nothing but have notes under them ("- Dynamic Binding" over its
 * explanation, among "- …는가?" questions): no card, named in a warning so nothing is dropped unseen.
 */
function warnUnaskedItems(ctx: Ctx, list: List, asked: QuestionItem[], section: Section): void {
  const carded = new Set(asked.map((i) => i.line));
  for (const item of list.children) {
    if (item.children.length < 2 || carded.has(lineOf(item))) continue;
    // (a group's name over questions taken from under it, "- A 회사" over its interview's questions, hides nothing)
    const nested = item.children[1];
    if (item.children.length === 2 && nested?.type === "list" && nested.children.every((m) => carded.has(lineOf(m)))) continue;
    const name = textOf(item.children[0]!).split("\n")[0]!.trim();
    ctx.warnings.push({ line: lineOf(item), message: `건너뛴 부분: "${section.title.slice(0, 60)}"의 항목 "${name.slice(0, 40)}" (질문 목록 안의 질문이 아닌 항목)` });
  }
}

/** Prose before a note's first heading long enough to be an explanation rather than a tagline or badge line. */
const PREAMBLE_PROSE = 80;

/** A warning naming the explanation written before the note's first heading, when no card reads it. */
function warnUnreadPreamble(ctx: Ctx, leftovers: Block[]): void {
  const kept = leftovers.filter((b) => !isNoise(b, ctx.source) && (b.node.type === "paragraph" || b.node.type === "list"));
  const prose = proseText(kept).replace(/\s+/g, " ").trim();
  if (prose.length < PREAMBLE_PROSE || linksIn(kept, ctx.source).length >= 2 || isNotice(prose) || isAnnouncement(prose)) return;
  // (the line of the text quoted, not of a date or quote above it)
  const first = kept.find((b) => proseText([b]).trim()) ?? kept[0]!;
  ctx.warnings.push(unreadPreambleWarning(first.line, prose));
}

/** Characters of prose beside a labelled part ("과정:" and its list) that explain the topic on their own. */
const LONG_EXPLANATION = 200;
/** Characters of a topic's text before its answered questions that can define it: a sentence, as a warning names one. */
const DEFINITION = 20;
/** A sentence that defines: "…것", "…을 일컫음", "…라고 한다", "…자료구조입니다", "…을 주는 기법", "…할당받는 작업의 단위". */
const DEFINING = /((것|말한다|말합니다|말함|일컫는다|일컫습니다|일컫음|뜻한다|뜻합니다|뜻함|의미한다|의미합니다|의미함|(이)?라고\s*(한다|합니다|함)|(이)?라\s*한다|입니다|이다|임)|(는|은|한|된|인|던|할)\s+([가-힣A-Za-z()]{1,12}의\s+)?[가-힣A-Za-z()]{1,12})[.!]?$/;
/** What a line about the study says, not about the topic: a date, "정리함", "강의", "외워", "진행", "아래 …". */
const ABOUT_THE_STUDY = /\d{4}\s*[.\-/년]\s*\d{1,2}|정리|공부|강의|복습|외우|외워|작성|수정|다듬|스터디|면접|답변|진행|링크|아래|다음|(^|\s)(제가|저는|내가|나는|우리)\s/;
/** A heading naming a study's own material ("운영체제 답변 정리", "질문 모음", "3주차 회고"), no topic to define. */
const NAMES_STUDY_MATERIAL = /(정리|모음|답변|질문|면접|스터디|회고|주차)$/;

/**
 * Whether a topic's short text (under LONG_EXPLANATION) defines it: a sentence of it reads as a definition,
 * and it says nothing about the study ("2024.03.12 강의 듣고 정리함", "이 섹션은 … 정리했습니다") or the past.
 */
function definesShortly(prose: string): boolean {
  const sentences = prose.split(/(?<=[.!?。])\s+|\n/).map((t) => t.trim()).filter(Boolean);
  return sentences.some((t) => DEFINING.test(t)) && !ABOUT_THE_STUDY.test(prose) && !tellsStory(prose);
}
/** A line that only leads into what follows ("다음과 같다", "…는:"): no definition. */
const LEADS_IN = /[:：]$|(다음|아래)(과|와)\s*같(다|습니다)[.:]?$/;

/**
 * Cards from a topic's (or the preamble's) body. When nothing else came out
 * of a heading section with real content, it becomes an "explain" qa card.
 */
export function addBody(ctx: Ctx, section: Section, topic: Section | null, allowExplain: boolean): void {
  const { source } = ctx;
  // (items standing as sub-headings, "- CSS 전처리기란?" over its answer, then "- SCSS와 SASS의 차이는?": item-headed-body.ts)
  const headed = allowExplain && section.heading && topic === section ? itemHeadedFollowups(section.blocks, source, section.title) : null;
  if (headed) {
    // (the heading's card is the items that explain it, a restating "CSS 전처리기란?" among them)
    const [start, end] = lineRange(headed.rest, section.line);
    const own = addDraft(ctx, { kind: "qa", prompt: explainPrompt(topicTitle(ctx, topic)), answer: blocksMarkdown(headed.rest, source), section, topic, role: "explain", rank: RANK.explain, lineStart: Math.min(start, section.line), lineEnd: end }, false);
    for (const f of headed.followups) addDraft(ctx, { kind: "followup", prompt: isRequest(f.question) ? cleanPrompt(f.question) : explainPrompt(f.question), answer: f.answer, section, topic, role: f.question, rank: RANK.followup, lineStart: f.line, lineEnd: f.endLine, anchor: topic, ...(own ? { parentDraft: own } : {}) }, false);
    return;
  }
  // "- 1. …?" … then "1. answer" …: a mock interview's questions, then its answers numbered alike (answer-key-lists.ts)
  const keyed = answerKeyedQuestions(section.blocks, source);
  if (keyed) {
    for (const p of keyed.pairs) addDraft(ctx, { kind: "qa", prompt: cleanPrompt(p.question), answer: p.answer, section, topic, role: p.question, rank: RANK.question, lineStart: p.line, lineEnd: p.endLine }, false);
    addBodyBlocks(ctx, section, topic, section.blocks.filter((b) => !keyed.used.has(b)), allowExplain);
    return;
  }
  // "(1) …", "(2) …" lines, a third of them asking, each over its answer: questions jotted in paragraphs (numbered-paragraphs.ts)
  const numbered = section.role !== "question" ? numberedParagraphs(section.blocks, source, section.title) : null;
  for (const item of numbered?.items ?? []) {
    const prompt = isQuestion(item.question) || isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question);
    const d = { kind: "qa" as const, prompt, answer: [item.lead, blocksMarkdown(item.answer, source)].filter(Boolean).join("\n\n"), section, topic, role: item.question, rank: RANK.question, lineStart: item.line, lineEnd: item.endLine };
    addDraft(ctx, d, false);
    for (const a of item.asked ?? []) addDraft(ctx, { kind: "followup", prompt: cleanPrompt(a.question), answer: "", section, topic, role: a.question, rank: RANK.followup, lineStart: a.line, lineEnd: a.line, anchor: topic }, false);
  }
  addBodyBlocks(ctx, section, topic, numbered?.rest ?? section.blocks, allowExplain);
}

/**
 * Text that tells what happened ("분위기는 편안했고 … 질문했다.", "오늘은 팀 회의에서 … 나왔다."): an interview's or
 * a day's account, its sentences mostly in the past tense. An explanation says what a thing is, in the present.
 */
function tellsStory(prose: string): boolean {
  const ends = [...prose.matchAll(/([가-힣])다(?=[.!]?(\s|$))/g)].map((m) => m[1]!);
  return ends.length > 0 && ends.filter((c) => finalOf(c) === FINAL.ss).length * 2 >= ends.length;
}

/** Whether prose names a heading's subject: one of its words of two letters or more ("HTTP 캐시는 …" under "## HTTP 캐시"). */
function namesItsTitle(prose: string, title: string): boolean {
  const said = prose.toLowerCase();
  return title.toLowerCase().split(/[\s&/,()·+-]+/).some((w) => w.replace(/[^\p{L}\p{N}]/gu, "").length >= 2 && said.includes(w.replace(/[^\p{L}\p{N}]/gu, "")));
}

/** Cards from a body's blocks (all of a section's, or those left once its follow-ups are taken out). */
function addBodyBlocks(ctx: Ctx, section: Section, topic: Section | null, blocks: Block[], allowExplain: boolean): void {
  const { source } = ctx;
  const before = ctx.drafts.length;
  const listedBefore = ctx.unanswered.length;
  const leftovers: Block[] = [];
  const segments = splitSegments(blocks, source);
  const asksList = segments.some((seg) => seg.kind === "free" && seg.blocks.some((b) => b.node.type === "list" && questionListItems(b.node, source)?.every((i) => !i.answer)));
  // questions after the topic's own explanation follow the topic up
  const asksAfter = allowExplain && topic === section && !collectsQuestions(section.title) ? firstQuestionAfterExplanation(segments, source) : -1;
  // (questions asked and answered inside a quote, "> **멱등성이란?**" and its definition)
  const quoted = new Set<CardDraft>();
  // ("## 실전 질문" under "# Q) 12. …?", opening with "**Q) …?**" and its answer: the question heading's follow-ups)
  const opensAsking = segments.findIndex((seg) => seg.kind !== "free" || seg.blocks.some((b) => !isNoise(b, source)));
  const parentAsks = allowExplain && topic === section && section.parent?.role === "question" && !isQuestion(section.title) && !isRequest(section.title) && segments[opensAsking]?.kind === "question";
  segments.forEach((seg, i) => {
    if (parentAsks && seg.kind === "question") addNestedQuestion(ctx, seg, section, section.parent!);
    else if (asksAfter >= 0 && i >= asksAfter && (seg.kind === "question" || seg.kind === "details")) addNestedQuestion(ctx, seg, section, section);
    else {
      const at = ctx.drafts.length;
      leftovers.push(...addBodySegment(ctx, seg, section, topic));
      if (seg.kind === "question" && /^\s*>/.test(linesOf(source)[seg.line - 1] ?? "")) for (const d of ctx.drafts.slice(at)) quoted.add(d);
    }
  });
  joinSplitScripts(ctx, before);
  // follow-ups found in the body don't explain the topic itself
  if (!allowExplain) {
    // (an explanation before the note's first heading, read by no card: named, never dropped unseen)
    if (section.role === "root" && ctx.drafts.length === before) warnUnreadPreamble(ctx, leftovers);
    return;
  }
  // ("## 추천 영상" over a link and a word about it: where to read or watch, never a question; its links join the sources)
  // (…while notes of its own, "## 관련 강의" over a link and two paragraphs on what it taught, stay a card)
  if (ctx.drafts.length === before && section.heading && section === topic && namesReading(section.title) && pointsToTheWeb(leftovers, source) && leftovers.every((b) => wordsBesideLinks([b], source).length <= READING_COMMENT * Math.max(1, linksIn([b], source).length))) {
    // (…for what it sits under, as a "참고" label's are)
    keepSources(ctx, section, linksIn(leftovers, source), section.parent);
    return;
  }
  if (!isSubstantive(leftovers, source)) {
    // (a few words of its own that make no card, "비연결형 프로토콜.": named, so the user can add to them)
    // (not a link on its own, "[뒤로](…)", "[링크](…)": a pointer, which the sources keep)
    const kept = leftovers.filter((b) => !isNoise(b, source));
    const own = ctx.drafts.length === before && linksIn(kept, source).length === 0 ? proseText(kept).replace(/\s+/g, " ").trim() : "";
    if (own && !isNotice(own) && !isAnnouncement(own)) ctx.warnings.push({ line: Math.min(...kept.map((b) => b.line)), message: `건너뛴 부분: "${section.title.slice(0, 60)}" (카드로 삼기에 너무 짧은 글: ${own.slice(0, 40)})` });
    // (a topic with only a web page or two to read, "분산 락" over "- https://…": a question still to be answered, the links its sources)
    else if (ctx.drafts.length === before && section.heading && section === topic && namesATopic(section.title) && pointsOnlyToTheWeb(kept, source)) listStillToAnswer(ctx, section, linksIn(kept, source));
    // (…or over the one web page it names, "## Redlock" over "[Redlock](https://…)"; an index's entry links to a note instead)
    else if (ctx.drafts.length === before && section.heading && section === topic && section !== ctx.titleSection && namesATopic(section.title) && !inLinkIndex(ctx, section) && namesItsPage(section.title, kept, source)) listStillToAnswer(ctx, section, linksIn(kept, source));
    // ("#### [참고사항]" over a link: where to read, kept with the sources; over cautions in prose it is a topic like any other)
    else if (ctx.drafts.length === before && section.heading && /^\[?\s*참고\s*사항\s*\]?$/.test(normalizeLabel(section.title)) && pointsOnlyToTheWeb(kept, source, true)) keepSources(ctx, section, linksIn(kept, source), section.parent);
    // (a list of links to other notes or pages, "## 📌Network" over "* [OSI 7계층](./Network/Part1.md)": named, so nothing goes unseen)
    else if (ctx.drafts.length === before && section.heading && linksIn(kept, source).length >= 2) ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.title.slice(0, 60)}" (링크만 있는 부분)` });
    // (code alone, "### 힙 덤프 명령" over a shell line: an example with nothing said about it, named too)
    else if (ctx.drafts.length === before && section.heading && kept.some((b) => b.node.type === "code")) ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.title.slice(0, 60)}" (코드만 있는 부분)` });
    // (a picture alone, "## 파드 생성 흐름" over a fold holding only an image: no written answer, a question still to be answered;
    // over sub-headings that explain it, "## OSI 7 계층" over each layer, the picture only opens them)
    else if (ctx.drafts.length === before && section.heading && section === topic && !ctx.subsections?.get(section)?.length && !NAMES_PICTURE.test(section.title) && showsOnlyPictures(leftovers, source)) listStillToAnswer(ctx, section);
    // (a reveal with nothing in it, "## CMD와 ENTRYPOINT의 차이" over an empty "답변 보기" fold: a question still to be answered)
    else if (ctx.drafts.length === before && section.heading && section === topic && kept.length > 0 && kept.every((b) => b.details && !detailsBody(source.slice(b.start, b.end)).replace(/<[^>]*>|&nbsp;/g, "").trim())) listStillToAnswer(ctx, section);
    // (a fold whose body could not be read as an answer: named, never dropped unseen)
    else if (ctx.drafts.length === before && kept.some((b) => b.details)) ctx.warnings.push({ line: Math.min(...kept.filter((b) => b.details).map((b) => b.line)), message: `건너뛴 부분: "${section.title.slice(0, 60)}" (펼침 안의 글을 답으로 읽지 못했습니다)` });
    // (one link and a few words beside it at most, "## 합의" over "[정리](https://github.com/…)", "TODO → [블룸 필터 정리](…)": named too)
    else if (ctx.drafts.length === before && section.heading && section !== ctx.titleSection && ctx.unanswered.length === listedBefore && !ctx.subsections?.get(section)?.length && linksIn(kept, source).length === 1 && wordsBesideLinks(kept, source).replace(/[\p{Extended_Pictographic}\u{FE0F}!.→]/gu, "").length <= 30) ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.title.slice(0, 60)}" (링크만 있는 부분)` });
    return;
  }
  const made = ctx.drafts.slice(before).filter((d) => d.kind !== "followup" && !ASIDE.has(d));
  // (a quoted question opening a topic, a glossary aside over the topic's own explanation, a table or 200+ characters
  // after it: the explanation is the topic's card and the quoted question its follow-up, not the topic's only card)
  // (…never a run of quoted boxes, each a question over its answer, with lines after them that explain something else: a list of
  // questions, not one topic's asides; after "## HTTP 캐시"'s boxes, "HTTP 캐시는 …" is that topic's explanation still)
  if (made.length > 0 && made.every((d) => quoted.has(d) && leftovers.every((b) => b.line > d.lineEnd)) && section.heading && topic === section && (made.length <= 2 || namesItsTitle(proseText(leftovers), section.title))) {
    const kept = leftovers.filter((b) => !isNoise(b, source));
    if (proseText(kept).trim().length >= LONG_EXPLANATION || kept.some((b) => b.node.type === "table")) {
      const [start, end] = lineRange(leftovers, section.line);
      const own = addDraft(ctx, { kind: "qa", prompt: explainPrompt(topicTitle(ctx, topic)), answer: blocksMarkdown(leftovers, source), section, topic, role: "explain", rank: RANK.explain, lineStart: Math.min(start, section.line), lineEnd: end }, false);
      if (own) for (const d of made) Object.assign(d, { kind: "followup", rank: RANK.followup, parentDraft: own });
      return;
    }
  }
  // (…and so is an explanation written before a list of questions each answered in its item, "### 웹소켓" over its
  // paragraphs then "- 소켓과 포트의 차이는?" over its answer: its questions follow the topic up, as asked paragraphs do)
  // (…even one sentence defining the topic, "## 1. 시스템 콜" over "…하드웨어 리소스에 접근하는 것", with a "<br>" after
  // the questions: blind labellers made the topic the card and its questions its follow-ups, 4 topics of 4; a line about
  // the study, a date or a note to self over the questions defines nothing: definesShortly)
  // (never under an answer heading, "### 면접 답변" over a line on where the answers came from: it names no topic to define)
  if (made.length > 0 && section.heading && topic === section && !collectsQuestions(section.title) && !isDressedAnswerHeading(section.title)) {
    const kept = leftovers.filter((b) => !isNoise(b, source));
    const prose = proseText(kept).trim();
    const before = made.every((d) => d.kind === "qa" && d.role !== "" && d.role !== "why" && d.role !== "explain" && kept.every((b) => b.endLine < d.lineStart));
    const defines = prose.length >= LONG_EXPLANATION ? /(다|요|음|함)[.!]?$/.test(prose) : prose.length >= DEFINITION && definesShortly(prose) && !NAMES_STUDY_MATERIAL.test(normalizeLabel(section.title));
    if (before && defines && !LEADS_IN.test(prose) && !isAnnouncement(prose) && !isNotice(prose) && !tellsStory(prose)) {
      const [start, end] = lineRange(leftovers, section.line);
      const own = addDraft(ctx, { kind: "qa", prompt: explainPrompt(topicTitle(ctx, topic)), answer: blocksMarkdown(leftovers, source), section, topic, role: "explain", rank: RANK.explain, lineStart: Math.min(start, section.line), lineEnd: end }, false);
      // (questions that were cards of their own before a short definition made them follow-ups keep their ids, so their history)
      if (own) for (const d of made) Object.assign(d, { kind: "followup", rank: RANK.followup, parentDraft: own, ...(prose.length < LONG_EXPLANATION ? { idKind: d.idKind ?? d.kind } : {}) });
      if (own) return;
    }
  }
  if (made.length > 0) {
    // (questions of the body are its cards; text beside them makes none, and the user is told so rather than left to find out)
    const prose = proseText(leftovers.filter((b) => !isNoise(b, source))).trim();
    const asked = made.some((d) => d.kind === "qa" && d.role !== "" && d.role !== "why" && d.role !== "explain");
    if (asked && prose.length >= 20) ctx.warnings.push({ line: Math.min(...leftovers.map((b) => b.line)), message: `건너뛴 부분: "${section.title.slice(0, 60)}"의 설명 (질문 카드 옆의 글이라 카드로 만들지 않았습니다)` });
    // (beside a labelled part, "과정" or "이유", a lead-in line stays out; an explanation of its own is the topic's
    // answer, unless the body already has one: a second card of the same prompt would split it)
    // (…and a lead-in that explains, "여러 서버 앞에 두어 … 서버입니다." before "**필요한 이유**", is the topic's answer too, not dropped)
    const explains = !asked && !made.some((d) => d.kind === "steps") && prose.length >= 20 && !LEADS_IN.test(prose) && !isAnnouncement(prose) && !isNotice(prose) && (/(다|요|음|함)[.!]?$/.test(prose) || leftovers.some((b) => b.line < Math.min(...made.map((d) => d.lineStart)) && explainsInItems(b)));
    if (asked || made.some((d) => d.kind === "script") || (prose.length < LONG_EXPLANATION && !explains)) {
      // (text written after a procedure's steps, "끝난 뒤에도 … 기다린다.", closes that procedure: it joins the steps card's answer)
      const kept = leftovers.filter((b) => !isNoise(b, source));
      const steps = made.length === 1 && made[0]!.kind === "steps" ? made[0]! : null;
      const script = made.length === 1 && SCRIPTS.has(made[0]!) ? made[0]! : null;
      if (!asked && steps && kept.length > 0 && kept.every((b) => b.line > steps.lineEnd)) {
        steps.answer = cleanAnswer(`${steps.answer}\n\n${blocksMarkdown(kept, source)}`);
        steps.lineEnd = Math.max(steps.lineEnd, ...kept.map((b) => b.endLine));
      } else if (script && prose.length >= 20) {
        // (the topic's explanation, part of it spoken prose and part terse notes, "L4 … 분산처리" before "…합니다.":
        // one answer, in the note's order; the notes were dropped without a word)
        joinParts(script, kept.map((b) => ({ line: b.line, text: blocksMarkdown([b], source) })));
        script.lineStart = Math.min(script.lineStart, ...kept.map((b) => b.line));
        script.lineEnd = Math.max(script.lineEnd, ...kept.map((b) => b.endLine));
      } else if (!asked && prose.length >= 20 && kept.every((b) => made.every((d) => b.line > d.lineEnd))) {
        // (text after every card of the part, not a lead-in before them: named, never dropped unseen)
        ctx.warnings.push({ line: Math.min(...kept.map((b) => b.line)), message: `건너뛴 부분: "${section.title.slice(0, 60)}"의 설명 (단계·이유 카드 옆의 짧은 글이라 카드로 만들지 않았습니다)` });
      }
      return;
    }
  }
  // in a note of question lists, a terse list of topics under a heading is one more list of questions ("- 버퍼 오버플로우")
  const content = leftovers.filter((b) => !isNoise(b, source));
  if ((ctx.questionListSections ?? 0) >= 3 && content.length === 1 && content[0]!.node.type === "list" && isTerseList(content[0]!.node)) {
    for (const item of content[0]!.node.children) {
      const text = textOf(item).replace(/\s+/g, " ").trim();
      ctx.unanswered.push({ line: lineOf(item), prompt: isRequest(text) ? cleanPrompt(text) : explainPrompt(text), topicKey: "" });
    }
    return;
  }
  // question lines with nothing answering them ("1️⃣ TCP와 UDP의 차이는?", "2️⃣ …?"): unanswered questions, not the topic's answer
  const lines = content.every((b) => b.node.type === "paragraph") ? content.flatMap((b) => questionLines(b, source)) : [];
  // (two or more, each one sentence: a single asking line over sub-sections is the topic's lead, "그렇다면 … 관리하고 있는가")
  if (lines.length >= 2 && lines.every((l) => l.question && !/[.!?？]\s+\S/.test(l.question))) {
    for (const l of lines) ctx.unanswered.push({ line: l.line, prompt: cleanPrompt(l.question!), topicKey: topic ? pathKey(topic.path) : "" });
    return;
  }
  // "###미나" over "1. …에 대해 설명", "2. …의 차이점": a study's question sheet, its asks unanswered (question-sheet.ts)
  const sheet = questionSheet(content, source);
  if (sheet) {
    for (const q of sheet) ctx.unanswered.push({ line: q.line, prompt: cleanPrompt(q.text), topicKey: topic ? pathKey(topic.path) : "" });
    return;
  }
  // a line introducing a list of questions ("These questions are for managers:") is no answer
  // (…but sentences explaining the topic, "서버를 한 대씩 새 버전으로 바꾼다. …" over "- 왜 호환성이 중요할까?", are its
  // answer: they were dropped without a word when the questions under them had none)
  // (only text over the questions, under a heading that names a topic: between them, "- 자기소개를 해 주세요." then how it
  // went, it is an interview's account)
  const leadIn = proseText(leftovers).trim();
  const firstAsked = Math.min(...blocks.filter((b) => b.node.type === "list" && questionListItems(b.node, source)).map((b) => b.line));
  const explainsOver = explainsTopic(leadIn) && !collectsQuestions(section.title) && leftovers.every((b) => b.line < firstAsked);
  if (asksList && leftovers.every((b) => b.node.type === "paragraph" || isNoise(b, source)) && leadIn.length <= 300 && !explainsOver) return;
  // "# tech-interview" over "면접 준비를 위한 CS 개념 저장소": the repository's name and its tagline introduce the deck
  // (…a tagline set as a quote, "> 함께 성장하는 기술 면접 대비 스터디입니다.", as well)
  const own = leftovers.filter((b) => !isNoise(b, source));
  const quotes = own.filter((b) => b.node.type === "blockquote").map((b) => textOf(b.node)).join("\n");
  // (…or under it, "# prepare_frontend_interview" over nothing, then "## HTML/ CSS" over "<b>…면접을 위한 핸드북</b>")
  // (…only a one-line tagline that speaks of the interviews or the study: "## Redis" over "…키-값 저장소" defines its topic)
  const opens = opensTheNote(ctx, section);
  const named = opens ? ctx.titleSection! : null;
  const tagline = named ? proseText(own) || quotes : "";
  if (named && (introducesRepository(named.text, tagline) && (section === named || (/면접|스터디|취업/.test(tagline) && tagline.length <= 80)) || (!own.some((b) => b.node.type === "list") && invitesCorrections(section.text, `${proseText(own)}\n${quotes}`)))) {
    ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text}" (질문이 아닌 저장소 소개)` });
    return;
  }
  // "# 😎 프론트엔드 예상 면접 질문" over how the questions were gathered: the title's own text introduces them
  // (only text that speaks of them, their sources or the interviews: an explanation of Java under "# Java 면접 질문" is kept)
  // (…under an empty title, a few lines only: "## Java 면접 질문" over how the JVM loads classes explains)
  const intro = opens && namesQuestionCollection(section.text) ? blocksMarkdown(leftovers, source) : "";
  if (intro && introducesQuestions(intro) && (section === ctx.titleSection || intro.length <= 120)) {
    ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text}" (질문이 아닌 질문 모음의 소개)` });
    return;
  }
  // "## B 기업 (대면)" over how that interview went: a log of it, no answer (the questions listed in it stay unanswered)
  if (section.heading && section === topic && namesInterviewSat(section.text) && !/[?？]/.test(proseText(leftovers.filter((b) => b.node.type === "paragraph")))) {
    ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text}" (질문이 아닌 면접 기록)` });
    return;
  }
  const [start, end] = lineRange(leftovers, section.line);
  addDraft(ctx, { kind: "qa", prompt: explainPrompt(topicTitle(ctx, topic)), answer: blocksMarkdown(leftovers, source), section, topic, role: "explain", rank: RANK.explain, lineStart: Math.min(start, section.line), lineEnd: end }, false);
}

/** Sentences that explain, not a lead-in to what follows: ending as a statement, never in a colon or a pointer to the list. */
function explainsTopic(prose: string): boolean {
  return /(다|요|음|함|됨|임)[.!]?$/.test(prose) && !/[:：]$|(다음|아래)(과|와)?\s*같|질문|questions?/i.test(prose) && !isAnnouncement(prose) && !isNotice(prose);
}

/** The note's title section, or ("# tech_interview.zip" over nothing, then "### 면접 질문 모음집") the first section under a title that says nothing itself. */
function opensTheNote(ctx: Ctx, section: Section): boolean {
  const title = ctx.titleSection;
  return section === title || (!!title && section.parent === title && section.index === title.index + 1 && title.blocks.every((b) => isNoise(b, ctx.source)));
}

/** Prose about a collection of questions: where they come from and how they are kept, asking nothing. */
function introducesQuestions(text: string): boolean {
  return text.length <= 600 && !/[?？]/.test(text) && /(질문|면접|출처|모았|모은|모아|망라|정리했|정리합)/.test(text);
}

/**
 * A table whose question column is named as follow-ups ("| 꼬리 질문 | 본질 답 |"): each row a
 * follow-up of `topic`. Returns whether the table was one.
 */
export function addFollowupTable(ctx: Ctx, block: Block, section: Section, topic: Section | null): boolean {
  if (block.node.type !== "table" || !tableAsksFollowups(block.node)) return false;
  const asked = tableItems(block.node, ctx.source);
  if (!asked) return false;
  for (const item of asked) addDraft(ctx, { kind: "followup", prompt: isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic }, false);
  return true;
}

/** Whether a list is one item whose text is a link into the page ("- [GC는 언제 …?](#gc-시점)"). */
function linksInPage(list: List): boolean {
  const [item] = list.children as ListItem[];
  const head = item?.children[0];
  return list.children.length === 1 && head?.type === "paragraph" && head.children.length === 1 && head.children[0]!.type === "link" && head.children[0]!.url.startsWith("#");
}

/** Whether a list's questions leave only the last unanswered: one item, or all the others answered. */
function answersLastItem(asked: QuestionItem[], items: number): boolean {
  return asked.length === items && !asked.at(-1)!.answer && asked.slice(0, -1).every((i) => i.answer);
}

/** Cards from one segment of a body; returns the blocks that made no card. */
export function addBodySegment(ctx: Ctx, seg: Segment, section: Section, topic: Section | null): Block[] {
  const { source } = ctx;
  const leftovers: Block[] = [];
  if (seg.kind === "free") {
    const rest: Block[] = [];
    const answeredByQuote = new Set<Block>();
    for (const [index, b] of seg.blocks.entries()) {
      if (answeredByQuote.has(b)) continue;
      const asked = b.node.type === "list" ? questionListItems(b.node, source) : b.node.type === "table" ? tableItems(b.node, source) : null;
      // "1. …?" then "> answer" or a table at the margin (it ends the list): it answers the item
      // (…the last item of a list whose other items are answered: "2. IPv4와 IPv6의 차이는?" over a comparison table)
      // (…or any list whose last item the quote follows on the very next line: "2. …?" unanswered, "3. …?" then "> answer";
      // not one jotted as a noun phrase, "no-cache와 no-store 차이", after which a quote is as likely a source or an aside)
      const after = seg.blocks[index + 1];
      const touching = !!after && after.line === b.endLine + 1 && !!asked && asked.length === (b.node as List).children.length && !asked.at(-1)!.answer && isQuestion(asked.at(-1)!.question);
      const quote = b.node.type === "list" && asked && (answersLastItem(asked, b.node.children.length) || touching) ? after : undefined;
      // (…or a bullet list on the very next line, indented too little to nest under the item: "2. …?" then "  - answer")
      const shallow = !!quote && touching && quote.node.type === "list" && !quote.node.ordered;
      // (…or a fence at the margin under a list whose other items are all answered under them, "- …메서드들을 설명하시오." over the code)
      // (…and nothing in words after it: "어떻게 분석하나요?" over an error log, then the paragraph that answers, is left as it was)
      const afterFence = seg.blocks[index + 2];
      const fence = !!quote && quote.node.type === "code" && b.node.type === "list" && answersLastItem(asked!, b.node.children.length) && (!afterFence || afterFence.node.type === "list" || afterFence.node.type === "thematicBreak");
      if (quote && ((quote.node.type === "blockquote" && !quote.details) || (quote.node.type === "table" && !tableItems(quote.node, source)) || shallow || fence)) {
        const answer = quote.node.type === "blockquote" ? unquote(source.slice(quote.start, quote.end)) : blocksMarkdown([quote], source);
        asked![asked!.length - 1] = { ...asked!.at(-1)!, answer: cleanAnswer(answer), endLine: quote.endLine };
        answeredByQuote.add(quote);
      }
      // "| 꼬리 질문 | 답변 |" under a topic: its rows follow the topic up
      if (b.node.type === "table" && addFollowupTable(ctx, b, section, topic)) continue;
      if (asked) {
        // (the question answered in the list just before, when only a rule stands between: "- 콜백지옥은 뭔가요?" over its
        // answer, "---", then "- 해결방법은 뭐죠?", each a list of its own)
        const last = LAST_LISTED.get(section);
        const between = last ? linesOf(source).slice(last.endLine, b.line - 1) : [];
        const ruled = last && between.some((l) => /^\s*([-*_])(\s*\1){2,}\s*$/.test(l)) && between.every((l) => !l.trim() || /^\s*([-*_])(\s*\1){2,}\s*$/.test(l)) ? last.draft : undefined;
        let previous: CardDraft | null = ruled ?? null;
        // (one question linked into the page with nothing answering it, "- [GC는 언제 …?](#gc-시점)": a contents line)
        if (asked.length === 1 && !asked[0]!.answer && b.node.type === "list" && linksInPage(b.node)) continue;
        for (const item of asked) {
          const prompt = item.asWritten ? item.question.replace(/\s+/g, " ").trim() : isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question);
          // "그렇다면 …?" right after an answered question follows it up
          // (…and "위 문제를 해결할 수 있는가?", pointing at the problem the answer before it named)
          const thenAsked = !!previous && followsListedBefore(item.question, previous!);
          // (a doubt and nothing else made it one: it keeps the id it had as a question of its own)
          const doubtOnly = thenAsked && !followsListedBefore(item.question, previous!, false);
          // (questions nested in the item with answers of their own follow it up: the item keeps the rest of its answer)
          const d = addDraft(ctx, { ...(doubtOnly ? { idKind: "qa" as const } : {}), kind: thenAsked ? "followup" : "qa", prompt, answer: item.ownAnswer ?? item.answer, section, topic, role: item.question, rank: thenAsked ? RANK.followup : RANK.question, lineStart: item.line, lineEnd: item.endLine, ...(thenAsked ? { anchor: topic, parentDraft: previous! } : {}) }, false);
          if (d) addListedFollowups(ctx, item.followups ?? [], d, { section, topic, anchor: topic });
          if (!thenAsked) previous = d;
        }
        if (previous) LAST_LISTED.set(section, { draft: previous, endLine: b.endLine });
        if (b.node.type === "list") warnUnaskedItems(ctx, b.node, asked, section);
        continue;
      }
      // "- **식별자로 자연 키? 인조 키?**" with its answer under it, among notes: a follow-up of the topic
      if (b.node.type === "list" && topic) {
        for (const item of boldQuestionItems(b.node, source)) {
          addDraft(ctx, { kind: "followup", prompt: isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic }, false);
        }
        // "- 운영체제 왜 배울까요?" with the answer nested under it, among notes: a question of its own,
        // unless the notes raise it on their topic (raised-questions.ts)
        const { raised, own } = raisedQuestions(b, seg.blocks, source, topic);
        addRaisedFollowups(ctx, raised, { section, topic });
        for (const item of own) {
          const d = addDraft(ctx, { kind: "qa", prompt: cleanPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.question, lineStart: item.line, lineEnd: item.endLine }, false);
          if (d) ASIDE.add(d);
        }
        // ("- 운영체제" over "- 프로세스란" and its answer: categories of questions, nothing the section answers)
        // (…only as the section's whole body: beside an explanation of its own, the categories are part of that answer)
        if (section.blocks.filter((x) => !isNoise(x, source)).length === 1 && isCategoryQuestionList(b.node, [...raised, ...own].sort((x, y) => x.line - y.line), section.title)) continue;
      }
      if (b.node.type === "list" && isStepMarkerList(b.node)) {
        const title = topicTitle(ctx, topic);
        addDraft(ctx, { kind: "steps", prompt: stepsPrompt(title), answer: blocksMarkdown([b], source), steps: stepsFromList(b.node, source), section, topic, rank: RANK.steps, lineStart: b.line, lineEnd: b.endLine });
      } else rest.push(b);
    }
    // "[STEP 1] …" lines: the procedure's steps
    const marked = markedStepParagraphs(rest, source);
    if (marked) {
      const [start, end] = lineRange(marked.blocks, seg.line);
      addDraft(ctx, { kind: "steps", prompt: stepsPrompt(topicTitle(ctx, topic)), answer: blocksMarkdown(marked.blocks, source), steps: marked.steps, section, topic, rank: RANK.steps, lineStart: start, lineEnd: end });
      rest.splice(0, rest.length, ...rest.filter((b) => !marked.blocks.includes(b)));
    }
    const polite = isPoliteProse(proseText(rest)) && !isNotice(proseText(rest));
    // "…일어나는 과정" over one numbered list: the procedure's steps, as when a question asks for them
    const procedure = topic && rest.length > 0 ? procedureSteps(topic.title, rest, source) : null;
    if (procedure) addProcedure(ctx, section, topic!, rest, procedure, polite);
    else if (polite) {
      const first = rest.find((b) => !isNoise(b, source));
      addScript(ctx, section, topic, rest, "", first?.line ?? seg.line);
    } else leftovers.push(...rest);
  } else if (seg.kind === "question") {
    const answer = questionAnswer(source, seg.headStart, seg.headEnd, seg.blocks);
    const [, end] = lineRange(seg.blocks, seg.line);
    const previous = lastAsked(section);
    // "> 꼬리질문1: …?" or "면접관: 그럼 …?" right after another question line: its follow-up
    // (…and "Q9-1. …" under "Q9. …": numbered as the sub-question of the one before it, or set deeper by "&nbsp;": entity-indent.ts)
    const marked = !!previous && (MARKED_FOLLOWUP.test(seg.question ?? "") || POINTS_BACK.test(stripQuestionPrefix(seg.question ?? "")) || drillsCase(stripQuestionPrefix(seg.question ?? ""), previous.prompt) || pointsBackTo(answer, previous) || numbersSubItemOf(markless(linesOf(source)[seg.line - 1]), markless(linesOf(source)[previous.lineStart - 1])) || indentedUnder(linesOf(source)[seg.line - 1] ?? "", linesOf(source)[previous.lineStart - 1] ?? ""));
    // (…or a doubt put to its answer, which keeps the id it had as a question of its own)
    const doubt = !!previous && !marked && doubtsAnswer(stripQuestionPrefix(seg.question ?? ""), previous);
    if (previous && (marked || doubt)) {
      addDraft(ctx, { kind: "followup", prompt: cleanPrompt(seg.question ?? ""), answer, section, topic, role: seg.question, rank: RANK.followup, lineStart: seg.line, lineEnd: end, anchor: topic, parentDraft: previous, ...(doubt ? { idKind: "qa" as const } : {}) }, false);
    } else {
      // (a quiz prompt named as a topic over a reveal fold, "XSS와 CSRF의 차이", is asked as one)
      const asked = seg.question ?? "";
      // ("**Q. 스핀락과 뮤텍스의 차이점**": marked as the note's question, it is asked as written)
      const prompt = isQuestion(asked) || isRequest(asked) || markedAsQuestion(source, seg.line) ? cleanPrompt(asked) : explainPrompt(asked);
      // (answered in its own words, then a list of further questions answered under themselves: its follow-ups)
      const listed = askedItemsAfterAnswer(seg.blocks, source, asked);
      const own = listed ? questionAnswer(source, seg.headStart, seg.headEnd, listed.rest) : answer;
      // ("## 꼬리 질문" over "**Q) …?**" and its "**답변:**": a follow-up of the topic the label follows up, as its listed questions are)
      const followsTopic = section.role === "label" && section.label === "followups" && !!topic && topic.role !== "root";
      const d = addDraft(ctx, { kind: followsTopic ? "followup" : "qa", prompt, answer: own, section, topic, role: seg.question, rank: followsTopic ? RANK.followup : RANK.question, lineStart: seg.line, lineEnd: end, ...(followsTopic ? { anchor: topic } : {}) });
      rememberAsked(section, d);
      if (d) addListedFollowups(ctx, listed?.followups ?? [], d, { section, topic, anchor: topic });
    }
  } else if (seg.kind === "details") {
    const item = seg.blocks[0] ? detailsItem(seg.blocks[0], source) : null;
    const previous = lastAsked(section);
    const summary = seg.blocks[0]?.details?.summary ?? "";
    // "<summary>1-1. …?</summary>" after "<summary>1. …?</summary>": its follow-up (numbered-summary.ts)
    const numbered = item && !item.listed ? numberedParent(section, summary) : undefined;
    // "<summary>그럼 …?</summary>" after another question: its follow-up
    // (…and "…만 하면 되는 것인가?", a challenge to that answer: a later "그렇다면 …?" follows the challenge up)
    if (item && numbered) {
      const d = addDraft(ctx, { kind: "followup", prompt: detailsPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic, parentDraft: numbered }, false);
      // (questions nested in its answer follow it up in turn)
      for (const f of item.followups ?? []) addDraft(ctx, { kind: "followup", prompt: detailsPrompt(f.question), answer: f.answer, section, topic, role: f.question, rank: RANK.followup, lineStart: f.line, lineEnd: f.endLine, anchor: topic, parentDraft: d ?? numbered }, false);
    } else if (item && previous && !item.listed && (POINTS_BACK.test(item.question.trim()) || drillsCase(item.question.trim(), previous.prompt) || challengesAnswer(item.question) || pointsBackTo(item.answer, previous))) {
      const d = addDraft(ctx, { kind: "followup", prompt: detailsPrompt(item.question), answer: item.answer, section, topic, role: item.question, rank: RANK.followup, lineStart: item.line, lineEnd: item.endLine, anchor: topic, parentDraft: previous }, false);
      if (challengesAnswer(item.question)) rememberAsked(section, d);
    } else if (item) {
      const d = addDetails(ctx, item, section, topic, "qa");
      rememberAsked(section, d);
      rememberNumbered(section, summary, d);
    }
  } else addLabelled(ctx, seg, section, topic);
  return leftovers;
}

/**
 * An answer that opens by pointing at the answer before it ("위에서 언급한 멀티 스레드의 장점 때문에!", "앞서 말했듯이
 * …"): its question leans on that one, a follow-up of it.
 */
const ANSWERED_BY_WHAT_CAME_BEFORE = /^[*_\s]*(위에서|앞에서|앞서|이전\s*답변에서)\s*(언급|말|설명|이야기|얘기)\s*(한|했던|하였던|했듯이|했듯|한\s*것처럼|한\s*대로)[*_]*[\s,]+([^\s,.!?]*)/;

/**
 * Whether an answer points back at the question just before it: it opens so ({@link ANSWERED_BY_WHAT_CAME_BEFORE}),
 * and what it names next is in that question or its answer ("앞에서 말한 뮤텍스와 달리 …" two questions after the
 * mutex leans on that one, not on the question between).
 */
function pointsBackTo(answer: string, previous: { prompt: string; answer: string }): boolean {
  const m = ANSWERED_BY_WHAT_CAME_BEFORE.exec(answer.trim());
  if (!m) return false;
  const named = m[4]!.replace(/[*_`]/g, "").replace(/(와|과|의|은|는|이|가|을|를|에|으로|로|처럼|보다|때문에|때문)$/, "");
  return named.length < 2 || `${previous.prompt} ${previous.answer}`.toLowerCase().includes(named.toLowerCase());
}

/** A line without the quote, emphasis or heading marks before its number ("**Q9-1.** …" → "Q9-1.** …"). */
const markless = (line: string | undefined) => (line ?? "").replace(/^[\s>*_#]+/, "");

/** A question line marked as a follow-up: "꼬리질문1:", "꼬리 질문 2)", "Follow-up:". */
// ("+) 각각의 장단점?": a question added to the answer just given)
const MARKED_FOLLOWUP = /^[\s>*_]*(\+\s*\)|(꼬리\s*질문|꼬꼬무|follow[- ]?up)\s*\d{0,2}\s*[-.:：)]|[[(【]\s*(꼬꼬무|꼬리\s*질문|꼬리)\s*\d{0,2}\s*[\])】])/i;

/** A question written inside another question's answer ("> **…란?**", "**Q. …?**", <details>): its follow-up. */
export function addNestedQuestion(ctx: Ctx, seg: Segment, section: Section, asker: Section): void {
  const { source } = ctx;
  if (seg.kind === "details") {
    const item = seg.blocks[0] ? detailsItem(seg.blocks[0], source) : null;
    if (item) addDetails(ctx, item, section, asker, "followup");
    return;
  }
  const answer = questionAnswer(source, seg.headStart, seg.headEnd, seg.blocks);
  const [, end] = lineRange(seg.blocks, seg.line);
  const q = seg.question ?? "";
  // (remembered: a "꼬리 질문" fold right under its answer follows this question up in turn)
  rememberAsked(section, addDraft(ctx, { kind: "followup", prompt: isRequest(q) ? cleanPrompt(q) : explainPrompt(q), answer, section, topic: asker, role: q, rank: RANK.followup, lineStart: seg.line, lineEnd: end, anchor: asker }, false));
}

/**
 * A `<details>` question: its card, its nested follow-ups, or — when its
 * body only lists questions — those questions, unanswered.
 */
export function addDetails(ctx: Ctx, item: QuestionItem, section: Section, topic: Section | null, kind: "qa" | "followup"): CardDraft | null {
  if (item.listed) {
    // a summary that asks, over nothing but further questions, has no answer either ("질문 모음" only names them)
    if (isQuestion(item.question) || isRequest(item.question)) addDraft(ctx, { kind, prompt: detailsPrompt(item.question), answer: "", section, topic, role: item.question, rank: RANK.question, lineStart: item.line, lineEnd: item.line, anchor: kind === "followup" ? topic : null }, false);
    for (const q of item.listed) addDraft(ctx, { kind, prompt: cleanPrompt(q.question), answer: "", section, topic, role: q.question, rank: RANK.question, lineStart: q.line, lineEnd: q.line, anchor: kind === "followup" ? topic : null }, false);
    return null;
  }
  // "<summary>지원 동기</summary>" over nested <details> only: a category of questions, no question of its own
  // (sub-category names set as HTML headings, "<h5>[프로젝트 A]</h5>", are no answer either)
  if (!item.answer.replace(/<h[1-6][^>]*>[\s\S]*?<\/h[1-6]>|<[^>]+>/gi, "").trim() && (item.followups?.length ?? 0) > 0 && !isQuestion(item.question) && !isRequest(item.question)) {
    for (const f of item.followups!) addDetails(ctx, f, section, topic, "qa");
    return null;
  }
  // ("<summary><strong>Q. 쿠키와 세션을 사용하는 이유</strong></summary>": marked as the note's question, asked as written)
  const prompt = kind === "qa" ? (summaryMarkedAsQuestion(ctx.source, item.line) ? cleanPrompt(item.question) : detailsPrompt(item.question)) : isRequest(item.question) ? cleanPrompt(item.question) : explainPrompt(item.question);
  // ("<summary>2. 링크드 리스트에 대해 설명해 주세요.</summary>" answered only through its "<li> …?</li>" follow-ups:
  // a practice prompt without a model answer, so those follow-ups have the question they follow)
  const anchors = kind === "qa" && (isQuestion(item.question) || isRequest(item.question)) && (item.followups ?? []).some((f) => hasWrittenAnswer(f.question, f.answer));
  const draft = addDraft(ctx, { kind, prompt, answer: item.answer, section, topic, role: item.question, rank: kind === "qa" ? RANK.question : RANK.followup, lineStart: item.line, lineEnd: item.endLine, ...(kind === "followup" ? { anchor: topic } : {}), ...(anchors ? { practiceAnchor: true } : {}) }, kind === "qa");
  // a question with no written answer of its own (a picture and its source) has no card to follow up:
  // the answered questions nested in it stand on their own
  if (!draft && kind === "qa") {
    for (const f of item.followups ?? []) addDetails(ctx, f, section, topic, "qa");
    return null;
  }
  // (follow-ups of a practice prompt were questions of their own before it was made: they keep those ids)
  const retyped = !!draft && anchors && draft.answer === "";
  // ("<summary>그렇다면, …?</summary>" after another nested fold: it drills that follow-up, as a "그럼 …?" heading does; the
  // words may still send it back to the question both follow, parents.ts; "그 외에 …?" asks the question beside it)
  let before: CardDraft | null = null;
  for (const f of item.followups ?? []) {
    const parent: CardDraft | null = before && SO_THEN.test(stripQuestionPrefix(cleanPrompt(f.question))) ? before : draft;
    before = addDraft(ctx, { kind: "followup", prompt: isRequest(f.question) ? cleanPrompt(f.question) : explainPrompt(f.question), answer: f.answer, section, topic, role: f.question, rank: RANK.followup, lineStart: f.line, lineEnd: f.endLine, anchor: topic, ...(parent ? { parentDraft: parent } : {}), ...(retyped ? { idKind: "qa" as const } : {}) }, false) ?? before;
  }
  return draft;
}

/** A details summary that isn't a question becomes "…에 대해 설명해 주세요." */
/** Whether the `<summary>` of the fold opened on `line` (or the line after) is marked as a question: "Q. …", "Q1. …". */
function summaryMarkedAsQuestion(source: string, line: number): boolean {
  const lines = linesOf(source);
  const at = [lines[line - 1], lines[line]].find((l) => l !== undefined && /<summary\b/i.test(l));
  const summary = at ? /<summary[^>]*>([\s\S]*?)(<\/summary>|$)/i.exec(at)?.[1] : undefined;
  return summary !== undefined && hasQuestionPrefix(plainHtml(summary).replace(/^[\s*_#>-]+/, ""));
}

export function detailsPrompt(summary: string): string {
  return /([?？]|세요|시오|까요|나요|가요|니까|겠어요)[.!]?$/.test(summary.trim()) || isRequest(summary) ? cleanPrompt(summary) : explainPrompt(summary);
}

/** Each line of a paragraph, with its question when the line asks (emphasis and numbering aside). */
function questionLines(block: Block, source: string): { line: number; question: string | null }[] {
  return source
    .slice(block.start, block.end)
    .split("\n")
    .map((raw, i) => {
      const text = cleanHeading(raw.replace(/(\*\*|__|`)/g, "").trim());
      return { line: block.line + i, question: text && isQuestion(text) && !isAdvice(text) ? text : null };
    });
}

/** Whether the line a question starts on carries a question marker ("**Q. …**", "Q1. …", "질문: …"). */
function markedAsQuestion(source: string, line: number): boolean {
  let at = 0;
  for (let n = 1; n < line; n++) {
    const nl = source.indexOf("\n", at);
    if (nl < 0) return false;
    at = nl + 1;
  }
  const end = source.indexOf("\n", at);
  return hasQuestionPrefix(source.slice(at, end < 0 ? undefined : end).replace(/^[\s*_#>-]+/, ""));
}

/** Links kept as the sources of the cards in a section's scope (as a "참고" label's links are). */
function keepSources(ctx: Ctx, section: Section, links: string[], scope: Section | null = section): void {
  const key = scopeKeyOf(ctx, scope);
  const list = ctx.scopedSources.get(key) ?? [];
  addSources(list, links);
  ctx.scopedSources.set(key, list);
}

/**
 * A topic heading the note left without an answer of its own (nothing under it, or only a link to read):
 * a question still to be answered, listed for the import preview, never a card.
 */
export function listStillToAnswer(ctx: Ctx, section: Section, links: string[] = []): void {
  const title = section.title.trim();
  if (!/[\p{L}]/u.test(title)) return;
  const asked = isQuestion(title) || isRequest(title);
  const parent = section.parent && section.parent.role !== "root" && section.parent !== ctx.titleSection ? section.parent : null;
  // (the links it points to are kept with it: what the user wrote there, and where to read before answering)
  ctx.unanswered.push({ line: section.line, prompt: asked ? cleanPrompt(title) : explainPrompt(topicTitle(ctx, section)), topicKey: parent ? pathKey(parent.path) : "", ...(links.length > 0 ? { sources: links } : {}) });
}

