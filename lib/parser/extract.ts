/**
 * Walk the sections of a document and turn each into card drafts according
 * to its role: label heading, question heading, follow-up, or topic.
 */
import { isEmptyOutline } from "./empty-outline";
import { outlinesHeadingsBelow } from "./note-outline";
import { isFileIndexSection } from "./readme-index";
import { askedItemsAfterAnswer } from "./asked-items-after-answer";
import { addRaisedFollowups, raisedQuestions } from "./raised-questions";
import { addListedFollowups } from "./listed-followups";
import { opensWithAskedDetails } from "./details-run";
import { gathersReviewerRemarks, isHousekeepingSection, isPreface } from "./study-housekeeping";
import { REASON, REMEDY, reasonsSibling } from "./remedy-heading";
import { wearsQuestionMark } from "./question-mark";
import { askedAnswerRun } from "./asked-answer-run";
import { itemHeadedFollowups } from "./item-headed-body";
import { numbersSubItemOf } from "./numbered-summary";
import { pointedBackParent, pointedBackSibling } from "./pointed-back-heading";
import { topicsFirstQuestion } from "./topic-first-question";
import { continuesFoldedRun, titlesNumberedRun } from "./numbered-run";
import { askedParagraphs } from "./asked-paragraphs";
import { entityIndent } from "./entity-indent";
import { addCategoryOverviews } from "./category-overview";
import { dropRepeatedFillers } from "./repeated-filler";
import { followNumberedChains } from "./numbered-chains";
import { followIndexedQuestions } from "./indexed-questions";
import { templateParts } from "./single-question-note";
import type { Block } from "./blocks";
import { RANK, addDraft, explainPrompt, headingBlock, linesOf, topicTitle, type Ctx } from "./context";
import { isGenericPart } from "./generic-part";
import { blocksMarkdown, cleanAnswer, isNoise, lineRange, unquote, type CardDraft } from "./draft";
import { procedureSteps } from "./extract-steps";
import { addBody, addBodySegment, addFollowupTable, addLabelled, addNestedQuestion, joinSplitScripts, listStillToAnswer, readsAsScript } from "./extract-body";
import { followupAnchor, isDescendant, topicOf, type Section } from "./sections";
import { askedText, itemOverParagraph, questionOf, splitSegments } from "./segments";
import { cleanHeading, cleanPrompt, hasQuestionPrefix, stripQuestionPrefix, invitesToReadOn, isQuestion, isRequest, markedFollowup } from "./questions";
import { questionKey } from "./question-key";
import { numbersQuestion } from "./question-number";
import { labelledQuizQuestion } from "./labelled-quiz-item";
import { FURTHER_THOUGHTS, listsQuestionsOnly, namedTopicBefore } from "./grouped-followups";
import { afterFirstLine } from "./first-line";
import { askedListItems, pairedAnswers, type AnsweredPair } from "./asked-list-pairs";
import { textOf } from "./markdown";
import { questionListItems, type QuestionItem } from "./extract-questions";
import { wordsBesideLinks } from "./reading-links";
import { classifyLabel, isQuestionCollectionLabel, namesAnswerVersion, normalizeLabel } from "./labels";
import { isAuthorAfterword, namesConclusion } from "./container-heading";
import { practicalQuestions } from "./quoted-practical-question";
import { explainsItself, isContentsLine } from "./note-level";
import { POINTS_BACK } from "./body-followups";
import { doubtsAnswer, drillsCase } from "./drilled-case";
import { numberedRunAnswer } from "./numbered-run-answer";
import { followupTopic, collectsNoteQuestions, ownsCollectedQuestions, categoriesAllAsk } from "./followup-topic";
import { isQuestionCategory, questionGatheredUnder, questionParent } from "./question-parent";
import { childrenOf } from "./section-children";
import { SIGNED_ANSWER, answerOnHeading, answerRunBlocks, childAnswer, consumeWithSubsections, isAnswerHeading, siblingAnswer } from "./heading-answers";

/**
 * A topic heading whose body opens with the question it answers ("## 웹 통신"
 * then "_주소창에 URL을 치면 무슨 일이 일어나는가?_"): that line is the
 * prompt and the rest of the section, sub-sections included, its answer.
 */
function openingQuestion(section: Section, siblings: string[], source: string, firstChild?: Section): { question: string; rest?: Block; at?: Block; drop?: Block[] } | null {
  const content = section.blocks.filter((b) => !isNoise(b, source));
  // ("## 문제 1" or "## Q1" over "**유형**: OX형" and "**문제**: …": a quiz item, its question on the labelled line)
  const numbered = section.role === "topic" || (section.role === "label" && section.label === "ask");
  const quiz = numbered && numbersQuestion(section.text, siblings) ? labelledQuizQuestion(content, source) : null;
  if (quiz) return quiz;
  if (section.role !== "topic") return null;
  const first = content[0];
  // ('> "…Jitter가 필요한가요?"' under "## 1. Exponential Backoff + Jitter": the interviewer's question quoted as said, the
  // heading its topic, answered right under it by its own label, "### 💬 면접 답변" (a quote over an explanation or over
  // sub-topics is the writer's motivating question, a customer's complaint, a maxim: the heading keeps its card)
  // (…the label a sub-heading still, or already folded into this body as its first heading: repeated-facets.ts)
  const next = content[1];
  const namesAnswer = (text: string) => classifyLabel(text) === "script" || /(면접|모범|예시|나의|내)\s*(답변|답안)$/.test(normalizeLabel(text));
  const folded = next?.node.type === "heading" && namesAnswer(textOf(next.node));
  const answeredBelow = (content.length === 1 && !!firstChild && namesAnswer(firstChild.text)) || folded;
  const said = first?.node.type === "blockquote" && answeredBelow ? spokenQuestion(unquote(source.slice(first.start, first.end)).trim()) : null;
  if (said) return { question: said };
  if (!first || first.node.type !== "paragraph") return null;
  // ("### 문제 3" over "다음 중 가장 빠른 dispatch는?" and its choices: the heading only numbers the question under it)
  const line = textOf(first.node).trim();
  const lines = line.split("\n").map((l) => l.trim());
  const asks = (l: string) => isQuestion(l) || isRequest(l);
  if (asks(lines[0]!) && numbersQuestion(section.text, siblings)) {
    // (…its choices on the lines under it, "① …", are part of the question; so is a second question)
    if (lines.length === 1 || lines.slice(1).every((l) => CHOICE.test(l)) || (lines.length === 2 && asks(lines[1]!))) return { question: lines.join(" ") };
    // (…with its answer typed on the very next line: the first line asks, the rest answers)
    const rest = afterFirstLine(first, source);
    if (rest) return { question: lines[0]!, rest };
  }
  const q = questionOf(first, source);
  if (!q || q.restStart !== undefined) return null;
  if (content.slice(1).some((b) => questionOf(b, source) || b.details)) return null;
  return { question: q.question };
}

/** A question quoted as said, on one line within quotation marks ('"…필요한가요?"'), or null. */
function spokenQuestion(text: string): string | null {
  const m = /^["“](.+[?？](\s*\([^()]*\))?)["”]$/.exec(text);
  return m && !text.includes("\n") && isQuestion(m[1]!.trim()) ? m[1]!.trim() : null;
}

/** A multiple-choice option: "① …", "1) …", "(2) …", "a. …". */
const CHOICE = /^([①-⑳]|\(?[1-9][)]|\([1-9]\)|[a-eA-E][.)])\s*\S/;

/** "… (A/B)", "… (A, B)": a heading that lists its parts in brackets at its end. */
const ENUMERATED = /\(([^()]+[/,·][^()]+)\)\s*$/;
/** "A vs B", "A와 B의 차이", "A와 B 비교": a comparison heading. */
const COMPARISON = /\s(vs\.?|VS\.?|versus)\s|(와|과)\s*\S.*(차이|비교)/;

/**
 * A comparison heading whose sub-headings are just its sides ("### 시스템
 * 콜 vs 라이브러리 함수" over "#### 시스템 콜" and "#### 라이브러리 함수"):
 * when it has no text of its own, it is one card and the sides (with
 * everything under them) are its answer.
 */
function mergeComparedSides(ctx: Ctx, sections: Section[], index: number): void {
  const section = sections[index]!;
  if (section.role !== "topic" || ctx.consumed.has(section) || !(COMPARISON.test(section.title) || ENUMERATED.test(section.title))) return;
  // a comparison explained in its own words keeps its sides as cards of their own (a picture alone says nothing)
  if (section.blocks.some((b) => !isNoise(b, ctx.source) && !(b.node.type === "paragraph" && textOf(b.node).trim() === ""))) return;
  // (a label beside the sides, "### 예상 질문", stays a section of its own; "## 결론" after them closes the comparison)
  // (…unless it signs off, "도움이 되었으면 좋겠습니다": the author's words, skipped as before)
  const closing = (c: Section) => c.role === "label" && c.label === "skip" && namesConclusion(normalizeLabel(c.text)) && !isAuthorAfterword(c.blocks.map((b) => ctx.source.slice(b.start, b.end)).join("\n"));
  const labels = (childrenOf(sections).get(section) ?? []).filter((c) => c.role === "label" && !closing(c));
  const children = (childrenOf(sections).get(section) ?? []).filter((c) => c.role !== "label");
  const squash = (t: string) => t.replace(/\([^()]*\)/g, "").replace(/[\s*_`[\]]+/g, "").toLowerCase();
  const whole = squash(section.title);
  // ("CSS 길이 단위 (절대 길이/상대 길이)" over "#### 절대 길이" and "#### 상대 길이": the heading lists its parts in brackets)
  const listed = (ENUMERATED.exec(section.title)?.[1] ?? "").split(/[/,·]/).map(squash).filter(Boolean);
  // (…each explained in its own words alone: a side with questions of its own under it, "#### 공유 락끼리는 왜 …?", keeps its cards)
  const enumerated = listed.length >= 2 && children.length === listed.length && children.every((c) => c.role === "topic" && listed.includes(squash(c.title)) && (childrenOf(sections).get(c) ?? []).length === 0);
  const named = enumerated || (COMPARISON.test(section.title) && children.every((c) => c.role === "topic" && squash(c.title).length > 0 && whole.includes(squash(c.title))));
  // ("Multi Process VS Multi Thread" over "### 멀티 프로세스", "### 멀티 스레드": two sides named in other words)
  // (…each saying something: "# Day 8: TCP vs UDP" over "## 학습 질문" (its checklist, then "### 1. …?") and an empty
  // "## 토론 포인트" holds a study's questions, no two sides)
  const paired = children.length === 2 && children.every((c) => c.role === "topic" && ownProse(c, ctx.source) > 0) && /\bvs\.?\b|versus/i.test(section.title);
  if (children.length < 2 || !(named || paired)) return;
  // sides explained at length are also topics of their own ("### 프로세스" with its PCB): the comparison is asked too
  const sidesStay = children.every((c) => ownProse(c, ctx.source) > 160);
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    const sub = sections[j]!;
    if (labels.some((l) => sub === l || isDescendant(sub, l))) continue;
    if (!sidesStay || closing(sub)) ctx.consumed.add(sub);
    // (a conclusion's heading inside an answer would skip the text after it: its text alone joins, as in heading-roles.ts)
    const hb = closing(sub) ? null : headingBlock(sub);
    if (hb) section.blocks.push(hb);
    section.blocks.push(...sub.blocks);
  }
}

/** Length of a section's own prose (paragraphs and lists before its sub-headings). */
function ownProse(section: Section, source: string): number {
  return section.blocks
    .filter((b) => !isNoise(b, source) && (b.node.type === "paragraph" || b.node.type === "list"))
    .map((b) => textOf(b.node))
    .join(" ")
    .replace(/\s+/g, " ").length;
}

/** Headings that only continue the explanation above them: 추가 설명, 보충 설명, 부연 설명, 추가 답안, 더 알아보기 … */
const CONTINUATION = /^(추가|보충|부연|상세|자세한)\s*(설명|내용|답안|답변)$|^(더\s*알아보기|덧붙여|보충|more details?|details)$/i;
/** Headings naming more of an answer: 추가 답안, 보충 답변. */
const MORE_ANSWER = /^(추가|보충|부연)\s*(답안|답변)$/;
/** Points the writer adds to think over ("추가로 생각해 볼 점", "고려할 점"): more of the answer, unless they ask. */
const POINTS_TO_PONDER = /^((추가로|더|함께)\s*)?(생각해\s*(볼|보면\s*좋은)\s*(점|것)|고려할\s*(점|사항))$/i;

/**
 * What a continuation heading continues: the topic or question it sits under, or, under a label
 * ("## 실전 질문" over "### Q) …?" and then "### 추가로 생각해 볼 점"), the question heading just before it.
 */
function continued(sections: Section[], index: number, title: Section | null): Section | null {
  const parent = sections[index]!.parent;
  if (parent && parent.depth > 0 && parent !== title && (parent.role === "topic" || parent.role === "question")) return parent;
  // ("<h3>2. …얘기해주세요</h3>" then "<h3>추가답안</h3>" at its own depth, under the note's title or none: more of that answer;
  // only a heading naming more of an answer, and none over headings of its own: "## 추가 내용" may gather questions of its own)
  const before = sections[index - 1];
  const next = sections[index + 1];
  if (before && before.parent === parent && before.role === "question" && before.depth === sections[index]!.depth && MORE_ANSWER.test(normalizeLabel(sections[index]!.title)) && !(next && isDescendant(next, sections[index]!))) return before;
  if (parent?.role !== "label") return null;
  for (let j = index - 1; j >= 0 && sections[j] !== parent; j--) if (sections[j]!.parent === parent) return sections[j]!.role === "question" ? sections[j]! : null;
  return null;
}

/** A continuation heading ("### 추가 설명") belongs to the answer of the topic or question it continues. */
function mergeContinuation(ctx: Ctx, sections: Section[], index: number): void {
  const section = sections[index]!;
  const label = normalizeLabel(section.title);
  // (points to think over that ask, "- 정합성은 어떻게 맞출까?" and its answer, are questions of their own)
  const ponders = POINTS_TO_PONDER.test(label) && !section.blocks.some((b) => /[?？]/.test(ctx.source.slice(b.start, b.end)));
  if (section.role !== "topic" || ctx.consumed.has(section) || !(CONTINUATION.test(label) || ponders)) return;
  const parent = continued(sections, index, ctx.titleSection);
  if (!parent) return;
  ctx.consumed.add(section);
  const hb = headingBlock(section);
  if (hb) parent.blocks.push(hb);
  parent.blocks.push(...section.blocks);
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    ctx.consumed.add(sections[j]!);
    const sub = headingBlock(sections[j]!);
    if (sub) parent.blocks.push(sub);
    parent.blocks.push(...sections[j]!.blocks);
  }
}

/** Produce drafts for all sections into `ctx.drafts`. */
export function extractSections(ctx: Ctx, sections: Section[]): void {
  const headingsUnder = new Map<Section | null, string[]>();
  ctx.subsections = childrenOf(sections);
  for (const s of sections) {
    const list = headingsUnder.get(s.parent);
    if (list) list.push(s.text);
    else headingsUnder.set(s.parent, [s.text]);
  }
  for (const section of sections) {
    const opening = openingQuestion(section, headingsUnder.get(section.parent) ?? [], ctx.source, ctx.subsections.get(section)?.[0]);
    if (!opening) continue;
    section.role = "question";
    section.title = cleanPrompt(opening.question);
    const asked = opening.at ? section.blocks.indexOf(opening.at) : section.blocks.findIndex((b) => !isNoise(b, ctx.source));
    section.blocks = [...(opening.rest ? [opening.rest] : []), ...section.blocks.slice(asked + 1).filter((b) => !opening.drop?.includes(b))];
  }
  ctx.questionListSections = sections.filter((s) => s.blocks.some((b) => b.node.type === "list" && questionListItems(b.node, ctx.source)?.every((i) => !i.answer))).length;
  for (let i = 0; i < sections.length; i++) mergeComparedSides(ctx, sections, i);
  for (let i = 0; i < sections.length; i++) mergeContinuation(ctx, sections, i);
  let skipped: Section | null = null;
  for (let i = 0; i < sections.length; i++) {
    const section = sections[i]!;
    // (a question heading under a skipped label keeps its card: "## 규칙" over "### 브랜치 전략은 어떻게 정하나요?")
    // (…unless its answer is the study's own housekeeping: "### 지각하면 어떻게 되나요?" over the fine)
    if (skipped && isDescendant(section, skipped) && !(skipped.label === "skip" && underQuestion(section, skipped) && !isHousekeepingSection(section, ctx.source, ctx.titleSection))) continue;
    // (…a skip label already folded into an answer, "## 결론" closing a comparison, is not skipped)
    if (section.role === "label" && section.label === "skip" && !ctx.consumed.has(section)) {
      // ("## 목차" over its list, then the whole note nested under it as "### 프레임워크란?", "### 장점": only the list goes)
      // (…while headings that are entries of the contents, "### [네트워크](…)" over nothing, go with it)
      if (!namesContents(section.text) || !nestsTheNote(ctx, sections, i)) skipped = section;
      ctx.skipped.push({ line: section.line, heading: section.text });
      ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text}" (질문이 아닌 안내·목차·규칙)` });
      continue;
    }
    if (ctx.consumed.has(section)) continue;
    // a study group's rules, schedule or member list (study-housekeeping.ts): no question, skipped with a warning
    // …and a README's index of its note files or its keyword line (readme-index.ts)
    // (never a heading that asks, nor one over a question: skipping it would drop that question with it)
    // (a title's skip keeps its sections, so only its own body goes)
    const aside = asideOf(ctx, sections, i);
    if (aside) {
      ctx.skipped.push({ line: section.line, heading: section.text });
      ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text}" (질문이 아닌 ${aside})` });
      // (a note's title, or a preface, keeps its sections: only its own intro is skipped)
      if (section !== ctx.titleSection && aside !== PREFACE_ASIDE && aside !== OUTLINE_ASIDE) skipped = section;
      continue;
    }
    try {
      extractSection(ctx, sections, i);
    } catch (e) {
      ctx.warnings.push({ line: section.line, message: `이 부분을 카드로 만들지 못했습니다: ${(e as Error)?.message ?? e}` });
    }
  }
  dropRepeatedFillers(ctx);
  followNumberedChains(ctx);
  followIndexedQuestions(ctx);
  addCategoryOverviews(ctx, sections, childrenOf(sections));
}

/** A heading that names a table of contents ("목차", "Contents", "HTML 목차"). */
const namesContents = (text: string) => /^((table of )?contents|toc|목차|[^\s:：]+(\s[^\s:：]+){0,2}\s목차)$/.test(normalizeLabel(text));

/** Whether sections nested under a section say something besides links: the note itself, not entries of a contents. */
function nestsTheNote(ctx: Ctx, sections: Section[], index: number): boolean {
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, sections[index]!); j++) {
    if (wordsBesideLinks(sections[j]!.blocks.filter((b) => !isNoise(b, ctx.source)), ctx.source).length >= 20) return true;
  }
  return false;
}

/** What a preface's warning calls it. */
const PREFACE_ASIDE = "머리말";
/** What the warning calls a list that names the headings below it. */
const OUTLINE_ASIDE = "목차";

/** Whether a section, or a heading between it and `top`, asks. */
function underQuestion(section: Section, top: Section): boolean {
  for (let s: Section | null = section; s && s !== top; s = s.parent) if (s.role === "question") return true;
  return false;
}

/** What kind of aside a topic section is (its body skipped with a warning), if any. */
function asideOf(ctx: Ctx, sections: Section[], index: number): string | null {
  const section = sections[index]!;
  if (section.role !== "topic") return null;
  const noise = (b: Block) => isNoise(b, ctx.source);
  // "👋 들어가기 앞서" over the questions it introduces: its own line or two only (the questions under it stay)
  if (isPreface(section, ctx.source) && hasChildren(sections, index)) return PREFACE_ASIDE;
  const aside = isHousekeepingSection(section, ctx.source, ctx.titleSection, !hasChildren(sections, index)) || gathersReviewerRemarks(section, ctx.subsections?.get(section) ?? [], ctx.source, ctx.titleSection) ? "스터디·저장소 안내" : isFileIndexSection(section, ctx.source, noise) ? "파일 목록·키워드" : isEmptyOutline(sections, index, noise) ? "빈 목차" : null;
  if (aside) return section === ctx.titleSection || !asksUnder(ctx, sections, index) ? aside : null;
  // ("## 운영체제" over "- 운영체제의 역할", "- 시스템 콜" …, each a heading below: the note's outline; the sections stay)
  return outlinesHeadingsBelow(sections, index, noise) ? OUTLINE_ASIDE : null;
}

/** Whether a section has, below it, a heading that asks and is answered by more than the study's housekeeping. */
function asksUnder(ctx: Ctx, sections: Section[], index: number): boolean {
  const section = sections[index]!;
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    const sub = sections[j]!;
    if (sub.role === "question" && !isHousekeepingSection(sub, ctx.source, ctx.titleSection)) return true;
  }
  return false;
}

/** A heading that names the task of a problem set ("문제", "Problem"): asks like "질문" when an answer heading follows it. */
const PROBLEM_HEADING = /^(문제|problem)$/;

function extractSection(ctx: Ctx, sections: Section[], index: number): void {
  const section = sections[index]!;
  const anchor = followupAnchor(section);
  if (section.role === "root") {
    // (a note of plain paragraphs, a one-line question then its answer, with no heading at all: asked-paragraphs.ts)
    const asked = sections.length === 1 ? askedParagraphs(section.blocks, ctx.source) : null;
    if (!asked) return addBody(ctx, section, null, false);
    let previous: CardDraft | null = null;
    // (the questions asked so far at each depth of "&nbsp;" indentation: a deeper one follows the nearest shallower one)
    let indented: { depth: number; draft: CardDraft }[] = [];
    for (const q of asked) {
      const [, end] = lineRange(q.answer, q.line);
      // (answered in its own words, then a list of further questions: its follow-ups, as under a question heading)
      const listed = askedItemsAfterAnswer(q.answer, ctx.source, q.question);
      const answer = cleanAnswer(blocksMarkdown(listed?.rest ?? q.answer, ctx.source));
      // ("Q. 그럼 …?", "Q. 만약 …?", "Q. …도 같은 현상이 생기나요?" right after an answered question: its follow-up)
      const bare = stripQuestionPrefix(cleanPrompt(q.question));
      // (…or set deeper than the one before by "&nbsp;", "&nbsp;   - 더티 리딩은 어떻게 막나요?": entity-indent.ts)
      const depth = entityIndent(linesOf(ctx.source)[q.line - 1] ?? "");
      const under = depth > 0 ? indented.findLast((a) => a.depth < depth)?.draft : undefined;
      // (…or "…것 아닌가?" doubting what it answered, naming what it asked and answered: body-followups.ts DOUBT)
      const marked = !!previous && (POINTS_BACK.test(bare) || drillsCase(bare, previous.prompt));
      const doubt = !!previous && !marked && doubtsAnswer(bare, previous);
      const parent = under ?? (marked || doubt ? previous! : undefined);
      // (…which keeps the id it had as a question of its own)
      const own = addDraft(ctx, { ...(doubt && !under ? { idKind: "qa" as const } : {}), kind: parent ? "followup" : "qa", prompt: cleanPrompt(q.question), answer, section, topic: null, role: q.question, rank: parent ? RANK.followup : RANK.question, lineStart: q.line, lineEnd: end, ...(parent ? { parentDraft: parent } : {}) });
      if (own) addListedFollowups(ctx, listed?.followups ?? [], own, { section, topic: null });
      if (own) indented = [...indented.filter((a) => a.depth < depth), { depth, draft: own }];
      if (!parent) previous = own;
    }
    return;
  }
  // ("## Question" over "1. …?" items each answered under it: a list of the note's questions, not one question)
  if (section.role === "label" && section.label === "ask" && answeredQuestionItems(section, ctx.source) >= 2) return addBody(ctx, section, null, false);
  // ("### 질문" over "> ⭕️ **IPC란 무엇인가?**", its answer, then the next quoted question: the note's questions, not one)
  if (section.role === "label" && section.label === "ask" && answeredQuestionLines(section, ctx.source) >= 2) return addBody(ctx, section, null, false);
  // ("## 질문 1 (JS)" over code or a list first: a numbered section of the note, read as a topic's as before)
  if (section.role === "label" && section.label === "ask" && /\(|\s[-–—:]\s/.test(section.text) && !opensWithAskingParagraph(ctx, section)) return addBody(ctx, section, section, true);
  if (section.role === "label" && section.label === "ask") return addAskedLabel(ctx, sections, index);
  // "## 꼬리 질문 1" over the follow-up asked in a paragraph, answered under its own "### 모범 답안", after "## 질문 1"
  const askedBefore = followedUpAskedLabel(ctx, sections, index);
  if (askedBefore !== undefined) return addAskedLabel(ctx, sections, index, askedBefore ?? undefined);
  // "### 문제" + the task, then "### 정답": a problem set's question, asked as written (only with its answer heading beside it)
  // (the task written as a paragraph: a list of conditions or code is the whole task, read as a topic's body)
  if (section.role === "topic" && PROBLEM_HEADING.test(normalizeLabel(section.text)) && section.blocks.find((b) => !isNoise(b, ctx.source))?.node.type === "paragraph" && askedAnswerRun(sections, index, isAnswerHeading)) return addAskedLabel(ctx, sections, index);
  if (section.role === "label") {
    // ("### 클로저란?" then "### 왜 필요한가요?": a why asked right after a heading beside it asks why that one is needed)
    const topic = section.label === "followups" ? followupTopic(ctx, sections, index) : section.label === "why" ? (siblingAsked(ctx, sections, index) ?? topicOf(section)) : topicOf(section);
    const kind = section.label!;
    // "### 답변" / "### 개념 설명" with nothing of its own over "#### 지역성", "#### 계층": its parts are the answer
    const blocks = kind === "script" && partsOnlyBelow(ctx, sections, index) ? consumeWithSubsections(ctx, sections, index) : section.blocks;
    // ("## 답변" with nothing of its own over "### …?" headings answered each under its own: a group's name, asking nothing)
    if (kind === "script" && hasChildren(sections, index) && !blocks.some((b) => !isNoise(b, ctx.source))) return;
    // the heading's label covers the body up to the first in-text label
    const before = ctx.drafts.length;
    for (const seg of splitSegments(blocks, ctx.source, kind, section.line)) {
      if (seg.kind === "free" || seg.kind === "question" || seg.kind === "details") addBodySegment(ctx, seg, section, topic);
      else addLabelled(ctx, seg, section, topic);
    }
    joinSplitScripts(ctx, before);
    if (kind === "script" || kind === "steps" || kind === "why") {
      if (section.blocks.length === 0 && !hasChildren(sections, index)) {
        ctx.warnings.push({ line: section.line, message: `빈 답변: "${section.text}"` });
      }
    }
    return;
  }
  // a follow-up label as the note's title ("# 면접 질문 모음") makes its topic headings categories, not follow-ups
  // "### 1. this 바인딩 관련" under a titled note's "## 면접 예상 질문": a category of the note's own questions, read as it would be
  // without the label (its "**Q: …?**" lines each a card), not a follow-up that swallows the first question's answer.
  // Only when every topic under the label opens so: a category that explains first keeps its card and its follow-ups as before.
  if (anchor && section.role === "topic" && ownsCollectedQuestions(ctx, sections, anchor) && categoriesAllAsk(ctx, sections, anchor)) return addBody(ctx, section, section, true);
  // ("## 꼬리 질문" over "### 가비지 컬렉션" over its questions: the group names the topic they follow up, grouped-followups.ts)
  // (…and under "## 더 생각해보기", no label by itself, the same groups)
  const groupLabel = anchor ?? (section.parent && FURTHER_THOUGHTS.test(normalizeLabel(section.parent.text)) ? section.parent : null);
  const grouped = groupLabel && section.role === "topic" && section.parent === groupLabel && listsQuestionsOnly(section, ctx.source) ? namedTopicBefore(sections, groupLabel, section) : null;
  if (grouped) {
    for (const seg of splitSegments(section.blocks, ctx.source, "followups", section.line)) {
      if (seg.kind === "free" || seg.kind === "question" || seg.kind === "details") addBodySegment(ctx, seg, section, grouped);
      else addLabelled(ctx, seg, section, grouped);
    }
    return;
  }
  // ("## 꼬리 질문" over "### 프로세스 관련", nothing of its own, over its "#### …?" headings: a group of the questions below, not one
  // still to be answered; its questions follow up the topic as the label's own would)
  // (only when every heading under it asks: "### 페이지 교체 알고리즘" over "#### FIFO" and "#### LRU" is a topic explained in parts,
  // "### 스레드 풀 크기 정하기" over "#### 답변" one answered under a label)
  if (anchor && section.role === "topic" && hasChildren(sections, index) && !section.blocks.some((b) => !isNoise(b, ctx.source)) && (ctx.subsections?.get(section) ?? []).every((c) => c.role === "question")) return;
  // (a question heading under a titled note's "## 면접 예상 질문" is one of the note's own questions, as its bold "**Q. …**" lines are)
  if (anchor && !(anchor === ctx.titleSection && section.role === "topic") && !(section.role === "topic" && !explainsItself(section, ctx.source, 40, false) && collectsNoteQuestions(ctx, sections, anchor)) && !(section.role === "question" && ownsCollectedQuestions(ctx, sections, anchor))) {
    return addQuestionHeading(ctx, sections, index, "followup", followupTopic(ctx, sections, anchor.index));
  }
  // "### Q) 11. What is State …?" over "> Q) 상태는 …?" and its answer: a question book's heading over its practical question
  if (addPracticalQuestions(ctx, sections, index)) return;
  if (section.role === "question") {
    // a question heading nested under a question heading is its follow-up
    const asker = questionParent(sections, index, ctx.source, ctx.titleSection, ctx.consumed, false);
    if (asker) return addQuestionHeading(ctx, sections, index, "followup", asker);
    // ("### …?" under "## 배경지식" under a question heading: a follow-up only this reading finds, keeping the id it had as a question)
    const gathered = questionGatheredUnder(section, ctx.source, ctx.consumed);
    if (gathered) return addQuestionHeading(ctx, sections, index, "followup", gathered, "qa");
    // "### 그렇다면 …?" right after the question heading it points back to: its follow-up, keeping the id it had as a question of its own
    const previous = pointedBackParent(ctx, sections, index) ? pointedBackSibling(sections, index, ctx.consumed) : null;
    if (previous) return addQuestionHeading(ctx, sections, index, "followup", previous, "qa");
    // ("# 처리율 제한 장치" explained, then "### 그럼 언제 사용하게 될까?" with no question before it: it points back to the title's topic)
    if (pointsBackToTitle(ctx, sections, index)) return addQuestionHeading(ctx, sections, index, "followup", ctx.titleSection, "qa");
    // ("#### Q. TCP 통신의 단점을 설명해주세요." then "#### Q. 멀티 캐스트와 …?" under "### TCP 통신의 단점": topic-first-question.ts)
    const first = topicsFirstQuestion(sections, index, (s) => s.blocks.some((b) => !isNoise(b, ctx.source)));
    if (first) return addQuestionHeading(ctx, sections, index, "followup", first, "qa");
    return addQuestionHeading(ctx, sections, index, "qa", null);
  }
  // "#### 보완 방법" under a problem the note explains: the interviewer's next question about it
  const parent = section.parent;
  if (parent && wearsQuestionMark(sections, section)) return addQuestionHeading(ctx, sections, index, "followup", parent);
  // "##### 6-1. 추상클래스의 용도" under "#### 6. 추상클래스란?": numbered as a sub-item of the question above it, its follow-up
  if (parent && (parent.role === "question" || (parent.role === "topic" && explainsItself(parent, ctx.source))) && numbersUnder(section, parent)) return addQuestionHeading(ctx, sections, index, "followup", parent);
  // ("### 스레드(Thread)" then "### 스택을 스레드마다 독립적으로 할당하는 이유": the sibling it names)
  const named = reasonsSibling(sections, index);
  if (named && ctx.drafts.some((d) => d.topicIndex === named.index)) return addQuestionHeading(ctx, sections, index, "followup", named);
  // "#### 스택을 스레드마다 독립적으로 할당하는 이유" under the topic that explains threads: the next question about it
  if ((REMEDY.test(section.title) || REASON.test(section.title)) && parent && parent.role === "topic" && parent !== ctx.titleSection && parent.depth > 0 && explainsItself(parent, ctx.source)) {
    return addQuestionHeading(ctx, sections, index, "followup", parent);
  }
  // "## HTTP/2" with nothing under it at all: an empty section, named so the user knows it made no card
  // (…a question still to be answered, listed for the preview, when it names one: "gRPC와 REST 비교", "Saga 패턴")
  if (section.role === "topic" && section !== ctx.titleSection && !section.blocks.some((b) => !isNoise(b, ctx.source)) && !hasChildren(sections, index)) {
    if (namesQuestionToDo(section)) return listStillToAnswer(ctx, section);
    ctx.warnings.push({ line: section.line, message: `건너뛴 부분: "${section.text.slice(0, 60)}" (내용이 없는 부분)` });
    return;
  }
  addBody(ctx, section, section, true);
}

/** Whether a sub-section of `index` holds questions of its own (a question list or question lines). */
function asksBelow(ctx: Ctx, sections: Section[], index: number): boolean {
  const section = sections[index]!;
  for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) {
    const sub = sections[j]!;
    if (sub.role !== "topic") continue;
    for (const b of sub.blocks) {
      if (b.node.type === "list" && questionListItems(b.node, ctx.source)?.some((i) => i.answer)) return true;
    }
  }
  return false;
}

/** Whether a section's own lists name two or more of its sub-sections (the steps of a how-to, detailed below it). */
function outlinesChildren(sections: Section[], section: Section, source: string): boolean {
  const titles = new Set((childrenOf(sections).get(section) ?? []).map((s) => s.title.replace(/\s+/g, " ").toLowerCase()));
  let named = 0;
  for (const b of section.blocks) {
    if (b.node.type !== "list") continue;
    for (const item of b.node.children) {
      const first = item.children[0];
      if (first?.type === "paragraph" && titles.has(cleanHeading(textOf(first)).replace(/\s+/g, " ").toLowerCase())) named++;
    }
  }
  void source;
  return named >= 2;
}

/** "꼬리질문 대비 — A*": a heading marked as a follow-up that names its topic asks to explain it; null otherwise. */
function markedTopic(text: string): string | null {
  const named = markedFollowup(text);
  return named && !isQuestion(named) && !isRequest(named) ? explainPrompt(cleanHeading(named)) : null;
}

/** Whether a question heading right under an explained note title points back to it ("그럼 …?", "이런 …"), no question before it to point at. */
function pointsBackToTitle(ctx: Ctx, sections: Section[], index: number): boolean {
  const section = sections[index]!;
  const title = ctx.titleSection;
  if (!title || section.parent !== title || title.role !== "topic" || !POINTS_BACK.test(section.title) || pointedBackSibling(sections, index)) return false;
  return explainsItself(title, ctx.source, 20) && !isQuestionCategory(sections, title);
}

/** The question or topic heading right before a section at its level, under the same parent, if it made a card. */
function siblingAsked(ctx: Ctx, sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  // ("## WHAT?" … "## WHY?" under "# Closure": the note's own what and why, whatever topics stand between them)
  if (sections.slice(0, index).some((s) => s.parent === section.parent && s.role === "label" && normalizeLabel(s.text) === "what")) return null;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    if (s === section.parent || s.depth < section.depth) return null;
    if (s.parent !== section.parent || ctx.consumed.has(s)) continue;
    return (s.role === "question" || s.role === "topic") && ctx.drafts.some((d) => d.lineStart === s.line) ? s : null;
  }
  return null;
}

function hasChildren(sections: Section[], index: number): boolean {
  const next = sections[index + 1];
  return !!next && isDescendant(next, sections[index]!);
}

/** "…란?", "…이란?": a question asking only what a word means. */
const DEFINES = /(이)?란\s*[?？]$/;
/** Words that only lead a question on ("그럼", "왜", "그 다음은"): a raised question needs two words besides them. */
const LEADS_ON = /^(그|그럼|그러면|그렇다면|그래서|왜|다음은?)$/;
/** Whether a raised question asks something of its own: "서버는?", "그 다음은?", "왜?", "예를 들면?" are steps of the answer. */
const namesEnough = (question: string) => !/^예를\s*들(면|어)/.test(question) && question.replace(/[?？.!]/g, " ").split(/\s+/).filter((w) => w && !LEADS_ON.test(w)).length >= 2;

/**
 * A question (or follow-up) heading: its body plus plain sub-sections is the
 * answer. An answer label inside ("> 답변") narrows the answer to that part;
 * follow-up and source labels inside are handled as usual.
 */
function addQuestionHeading(ctx: Ctx, sections: Section[], index: number, kind: "qa" | "followup", anchorTopic: Section | null, idKind?: "qa"): void {
  const section = sections[index]!;
  // a question heading with nothing of its own over sub-sections that ask their own questions is a title
  // …and so is one over a numbered run of topics explained at length (numbered-run.ts)
  if (kind === "qa" && section !== ctx.titleSection && titlesNumberedRun(section, childrenOf(sections).get(section) ?? [], ctx.source, isNoise)) {
    section.role = "topic";
    return;
  }
  if (kind === "qa" && !section.blocks.some((b) => !isNoise(b, ctx.source)) && asksBelow(ctx, sections, index)) {
    section.role = "topic";
    return;
  }
  // …and so is one whose body is a run of <details> questions, each answered in its own body (details-run.ts)
  if (kind === "qa" && opensWithAskedDetails(section.blocks, (b) => isNoise(b, ctx.source))) {
    section.role = "topic";
    return addBody(ctx, section, section, true);
  }
  const blocks: Block[] = [...section.blocks];
  // a question answered in its own words keeps sub-topics that explain themselves as their own cards
  // …unless its own list names those sub-sections (a how-to whose steps are detailed below) 
  // (a question put as a request, "…에 대해 설명해주세요." / "…인가요?", is answered by all its parts: its noun sub-headings
  // are points of that answer; "X란?" over "X의 구조", "X 사용 이유" defines X and leaves its facets cards of their own)
  // (…and so is one that names its parts, "Looper, Handler, HandlerThread의 역할은?" over "## Looper", "## Handler")
  const ownAnswer = explainsItself(section, ctx.source) && !outlinesChildren(sections, section, ctx.source) && !isExplicitRequest(section.title) && !namesItsParts(sections, section);
  let aside: Section | null = null;
  // direct sub-sections folded into the answer, and the last direct one seen (a numbered run shares one fate)
  const folded = new Set<Section>();
  // (the blocks each direct sub-section brought in, its own sub-sections' included: a template's parts)
  const parts = new Map<Section, Block[]>();
  const partOf = (sub: Section): Block[] => {
    let top = sub;
    while (top.parent && top.parent !== section) top = top.parent;
    if (!parts.has(top)) parts.set(top, []);
    return parts.get(top)!;
  };
  let lastChild: Section | undefined;
  const brought: Section[] = [];
  const answeredBeside = new Set<Section>();
  for (let j = index + 1; j < sections.length; j++) {
    const sub = sections[j]!;
    if (!isDescendant(sub, section)) break;
    if (aside && isDescendant(sub, aside)) continue;
    // ("📚 보충 설명" already merged into the question as a continuation: its words are in once)
    if (ctx.consumed.has(sub)) continue;
    const previousChild = sub.parent === section ? lastChild : undefined;
    if (sub.parent === section) lastChild = sub;
    // "### 답변" right under the question is its answer, not a card of its own (that card repeated the question);
    // its sub-headings fold in as parts, labels under it (꼬리 질문 대비) follow the question up as usual
    if (sub.parent === section && isAnswerHeading(sub)) {
      // ("## A." right after a sibling "## Q. …?" answers that question, which takes it with its sub-headings;
      // "## 답변" after a sibling "## 질문" label answers the question written under the label)
      if (previousChild?.role === "question" || (previousChild?.role === "label" && previousChild.label === "ask")) {
        aside = sub;
        continue;
      }
      folded.add(sub);
      ctx.consumed.add(sub);
      // ("### 30초 답변", "### 1분 답변", "### 예시 답변": versions of the answer keep their names)
      const hb = namesAnswerVersion(sub.text) ? headingBlock(sub) : answerOnHeading(ctx, sub);
      if (hb) blocks.push(hb);
      blocks.push(...sub.blocks);
      partOf(sub).push(...sub.blocks);
      continue;
    }
    // nested questions and labels make their own cards; the answer goes on after them
    // (…and so does a sub-heading marked as the note marks its questions, "#### ✅ 프로세스의 자원 공유": question-mark.ts)
    // (…and a part that opens by asking, "## 실전 질문" over "**Q) …?**" and its "**답변:**": its questions follow this one up,
    // and their answers never stand in for this question's own)
    if (sub.role === "question" || sub.role === "label" || (sub.parent === section && (wearsQuestionMark(sections, sub) || numbersUnder(sub, section) || opensByAsking(sub, ctx.source))) || (ownAnswer && sub.parent === section && !isGenericPart(sub.title) && explainsItself(sub, ctx.source) && !continuesFoldedRun(sub, previousChild, folded))) {
      aside = sub;
      // (an empty numbered question answered by the unnumbered headings beside it takes them: numbered-run-answer.ts)
      if (sub.role === "question" && sub.blocks.every((b) => isNoise(b, ctx.source))) for (const part of numberedRunAnswer(sections, j)) answeredBeside.add(part);
      continue;
    }
    if (answeredBeside.has(sub)) continue;
    if (sub.parent === section) folded.add(sub);
    ctx.consumed.add(sub);
    const hb = headingBlock(sub);
    if (hb) blocks.push(hb);
    blocks.push(...sub.blocks);
    brought.push(sub);
    if (sub.parent !== section && hb) partOf(sub).push(hb);
    partOf(sub).push(...sub.blocks);
  }
  // ("### GET" over nothing but "#### GET 요청은 캐시될 수 있나요?", a follow-up of its own: the heading only grouped it;
  // one over headings that stay in the answer, "#### POST" under "### 멱등하지 않은 메서드", is a part of its outline;
  // one that writes the answer on its line, "### 민수's 답변: 공유 자원에 … 생깁니다." over the next link of a chain, is the answer itself)
  for (const sub of brought) {
    const hb = headingBlock(sub);
    if (hb && sub.blocks.every((b) => isNoise(b, ctx.source)) && !SIGNED_ANSWER.test(sub.text) && !brought.some((o) => o !== sub && isDescendant(o, sub)) && sections.some((o) => o.parent === sub)) {
      const at = blocks.findIndex((b) => b.start === hb.start);
      if (at !== -1) blocks.splice(at, 1);
    }
  }
  // "# …어떻게 동작하나요?" over "## 질문 의도", "## 핵심 개념", "## 면접 답변 예시": a template, answered by its answer
  // part, the other parts its tips (the whole template was the answer before)
  const template = section.blocks.every((b) => isNoise(b, ctx.source)) ? templateParts(parts, (b) => blocksMarkdown(b, ctx.source), (b) => !!b.details || !!questionOf(b, ctx.source)) : null;
  if (template) blocks.splice(0, blocks.length, ...template.answer);
  if (!blocks.some((b) => !isNoise(b, ctx.source))) blocks.push(...siblingAnswer(ctx, sections, index));
  // (in the order written: an answer heading's words before a continuation merged into the question ahead of them)
  blocks.sort((a, b) => a.start - b.start);
  // (items standing as sub-headings, "- 반응형이란?" over its answer, then "- 적응형과 반응형의 차이를 아는가?": item-headed-body.ts)
  // (…or answered in its own words, then a list of questions each answered under itself: asked-items-after-answer.ts)
  const headed = kind === "qa" ? (itemHeadedFollowups(blocks, ctx.source, section.title) ?? askedItemsAfterAnswer(blocks, ctx.source, section.title)) : null;
  if (headed) blocks.splice(0, blocks.length, ...headed.rest);
  const followItems = (own: CardDraft | null) => addListedFollowups(ctx, headed?.followups ?? [], own, { section, topic: section, anchor: section });
  const segments = splitSegments(blocks, ctx.source);
  const scripts = segments.filter((s) => s.kind === "script");
  const answerBlocks: Block[] = [];
  const tips: string[] = [...(template?.tips ?? [])];
  for (const seg of segments) {
    if (seg.kind === "followups" || seg.kind === "sources") {
      addLabelled(ctx, seg, section, section);
      continue;
    }
    // a further question written inside the answer ("**Q. …**", "> **…란?**", <details>) follows it up
    // …unless it restates the question itself ("> **멀티 스레드를 쓰는 이유**" under "…쓰는 이유를 설명해주세요")
    if (seg.kind === "question" && seg.headStart === undefined && answerBlocks.length > 0 && restates(seg.question ?? "", section.title)) {
      answerBlocks.push(...seg.blocks);
      continue;
    }
    if ((seg.kind === "question" || seg.kind === "details") && answerBlocks.length > 0) {
      // (a question asked inside a part folded in, "### Parcel" then "❓…이유는 무엇인가요?", is answered within that part:
      // the next heading as high as the part's goes on with the answer)
      const cut = seg.kind === "question" ? partEnd(seg.blocks, answerBlocks, section.depth) : -1;
      addNestedQuestion(ctx, cut === -1 ? seg : { ...seg, blocks: seg.blocks.slice(0, cut) }, section, section);
      if (cut !== -1) answerBlocks.push(...seg.blocks.slice(cut));
      continue;
    }
    if (scripts.length > 0 && seg.kind !== "script") continue;
    // "> 목차" over links to the parts below: a table of contents, no part of the answer (what follows it is)
    const toc = seg.kind === "skip" ? seg.blocks.findIndex((b) => !isNoise(b, ctx.source) && !isContentsLine(ctx.source.slice(b.start, b.end))) : 0;
    if (toc !== 0) seg.blocks = toc === -1 ? [] : seg.blocks.slice(toc);
    // "**A.**" or "**답변**" with the answer on the next lines of the same paragraph: those lines open the answer
    if (seg.kind === "script" && seg.labelBlock && seg.headStart !== undefined && seg.headEnd !== undefined && ctx.source.slice(seg.headStart, seg.headEnd).trim()) {
      answerBlocks.push({ ...seg.labelBlock, start: seg.headStart, end: seg.headEnd, quoted: false });
    }
    for (const b of seg.blocks) {
      // "| 꼬리 질문 | 답 |" in the answer: follow-ups of this question (the sub-heading right over it goes with it)
      if (seg.kind !== "script" && addFollowupTable(ctx, b, section, section)) {
        if (answerBlocks[answerBlocks.length - 1]?.node.type === "heading") answerBlocks.pop();
        continue;
      }
      if (seg.kind === "script" && b.node.type === "blockquote") tips.push(unquote(ctx.source.slice(b.start, b.end)));
      else answerBlocks.push(b);
    }
  }
  const answer = cleanAnswer(blocksMarkdown(answerBlocks, ctx.source));
  const [, end] = lineRange(blocks, section.line);
  const procedure = kind === "qa" ? procedureSteps(section.title, answerBlocks, ctx.source) : null;
  if (procedure) {
    // ("[STEP n]" lines were read as a qa answer before they were steps: such a card keeps that id)
    const marked = !answerBlocks.some((b) => b.node.type === "list" && b.node.ordered);
    followItems(addDraft(ctx, { kind: "steps", prompt: cleanPrompt(section.title), answer, steps: procedure, tips, section, topic: section, rank: RANK.steps, lineStart: section.line, lineEnd: end, ...(marked ? { idKind: "qa" as const } : {}) }));
    return;
  }
  const own = addDraft(ctx, {
    kind,
    // ("꼬리질문 대비 — A*": a follow-up marked as one that names its topic is asked to explain it)
    prompt: section.role === "topic" ? explainPrompt(topicTitle(ctx, section)) : markedTopic(section.text) ?? cleanPrompt(section.title),
    answer,
    tips,
    section,
    topic: kind === "followup" ? section : section,
    rank: kind === "followup" ? RANK.followup : RANK.question,
    lineStart: section.line,
    lineEnd: end,
    ...(kind === "followup" ? { anchor: anchorTopic } : {}),
    ...(kind === "followup" ? { parentDraft: pointedBackParent(ctx, sections, index) } : {}),
    ...(idKind ? { idKind } : {}),
    // (a heading that asks before an invitation to read on was a topic's card, a script when spoken: it keeps that card's id)
    ...(invitesToReadOn(section.title) ? (readsAsScript(section.blocks, ctx.source) ? { idKind: "script" as const, idRole: "" } : { idKind: "qa" as const, idRole: "explain" }) : {}),
  });
  followItems(own);
  // ("- 그래도 쓰는 이유는?" over its answer, among the answer's points: the notes follow the question up;
  // "- 프로그래밍에서 영속화란?" under "영속성이 뭔데?" defines a word of the answer, and stays in it, as do
  // "- 서버는?", "- 그 다음은?", "- 왜?": a step the answer takes, naming nothing to drill)
  if (own && kind === "qa") {
    for (const b of answerBlocks) if (b.node.type === "list") addRaisedFollowups(ctx, raisedQuestions(b, answerBlocks, ctx.source, section).raised.filter((q) => !DEFINES.test(q.question) && namesEnough(q.question)), { section, topic: section }, own);
  }
}

/**
 * Where a question's segment leaves the part it was asked in: the first heading after its own
 * line no deeper than the last heading folded in before it; asked before the first part, the
 * first part right under the question's own heading ("# JWT란?" … "**URL-safe란?**" …
 * "## JWT 작동 원리"), while deeper headings may be its own answer's ("#### Protobuf"). -1 when
 * it stays where it is.
 */
function partEnd(blocks: Block[], before: Block[], depth: number): number {
  const last = before.findLast((b) => b.node.type === "heading");
  const part = last?.node.type === "heading" ? last.node.depth : depth + 1;
  return blocks.findIndex((b, i) => i > 0 && b.node.type === "heading" && b.node.depth <= part);
}

/** Whether a heading is numbered as a sub-item of its parent's number ("6-1." under "6."), as numbered summaries are. */
function numbersUnder(section: Section, parent: Section): boolean {
  return numbersSubItemOf(section.text, parent.text);
}

/** Whether a question inside an answer only restates the question it sits under. */
function restates(question: string, title: string): boolean {
  const squash = (t: string) => questionKey(t).replace(/(을|를)?(설명해주세요|설명하시오|무엇인가요|은무엇인가요|는무엇인가요)$/, "");
  const q = squash(question);
  return q.length >= 4 && squash(title).startsWith(q);
}

/** Whether two or more of a question's sub-headings are named in the question itself. */
function namesItsParts(sections: Section[], section: Section): boolean {
  const asked = section.title.toLowerCase();
  const named = (childrenOf(sections).get(section) ?? []).filter((c) => {
    const name = cleanHeading(c.title).toLowerCase();
    return c.role === "topic" && name.length >= 2 && asked.includes(name);
  });
  return named.length >= 2;
}

/** Whether a section's first words are a question paragraph ("**Q) …?**", "Q. …?") answered after it. */
function opensByAsking(section: Section, source: string): boolean {
  const first = section.blocks.find((b) => !isNoise(b, source));
  return !!first && first.node.type === "paragraph" && !!questionOf(first, source) && section.blocks.some((b) => b.start > first.end && !isNoise(b, source));
}

/**
 * A question put as a request or a full question ("…설명해주세요.", "…인가요?", "…할까요?", "…어떻게 처리하는가?"),
 * not a definition ("X란?").
 */
function isExplicitRequest(title: string): boolean {
  return /(설명해\s*주세요|설명해\s*주십시오|설명하시오|설명하세요|설명해\s*보세요|말해\s*(보|주)세요|서술하(시오|세요)|인가요|나요|까요|습니까|는가|인가|은가|던가|일까|할까|을까)\s*[?？.]?\s*$/.test(title.replace(/\*+/g, "").trim());
}

/** A label section with no words of its own over sub-sections that are all plain topics (no question, no label). */
function partsOnlyBelow(ctx: Ctx, sections: Section[], index: number): boolean {
  const section = sections[index]!;
  if (section.blocks.some((b) => !isNoise(b, ctx.source)) || !hasChildren(sections, index)) return false;
  for (let k = index + 1; k < sections.length && isDescendant(sections[k]!, section); k++) if (sections[k]!.role !== "topic") return false;
  return true;
}

/** Whether a section's first words are a paragraph that asks. */
function opensWithAskingParagraph(ctx: Ctx, section: Section): boolean {
  const first = section.blocks.find((b) => !isNoise(b, ctx.source));
  return first?.node.type === "paragraph" && asksAnything(textOf(first.node));
}

/**
 * The card a follow-up label written like an asked label follows up: "꼬리 질문 1" (or an
 * unnumbered "꼬리 질문") whose text opens with the follow-up asked in a paragraph or a list,
 * answered under an answer heading of its own (nested, or the next heading beside it). It
 * follows up the question it sits under ("### 꼬리 질문 1" under "## 질문 1" or "## TCP"), or
 * the question written before it at its own depth, past answers and other follow-ups.
 * `undefined` when the label is not written that way; null when it is but no card asks before it.
 */
function followedUpAskedLabel(ctx: Ctx, sections: Section[], index: number): CardDraft | null | undefined {
  const section = sections[index]!;
  // (a collection of the note's questions, "## 질문 목록", follows nothing up)
  if (section.role !== "label" || section.label !== "followups" || isQuestionCollectionLabel(section.text)) return undefined;
  const first = section.blocks.find((b) => !isNoise(b, ctx.source));
  const asks = first && (first.node.type === "paragraph" || first.node.type === "list") && asksAnything(first.node.type === "list" ? (askedText([first], ctx.source)?.question ?? "") : textOf(first.node));
  if (!asks) return undefined;
  const answered = sections.some((s, j) => j > index && s.parent === section && isAnswerHeading(s)) || !!askedAnswerRun(sections, index, isAnswerHeading);
  if (!answered) return undefined;
  const asker = askerBefore(sections, index);
  if (!asker || asker === ctx.titleSection) return null;
  // (the first card at or under that question, not a later section's beside it)
  return ctx.drafts.find((d) => d.kind !== "followup" && d.lineStart >= asker.line && d.lineStart < section.line) ?? null;
}

/** The question a follow-up label sits under or after (see followedUpAskedLabel). */
function askerBefore(sections: Section[], index: number): Section | null {
  const section = sections[index]!;
  const asks = (s: Section) => s.role === "question" || (s.role === "label" && s.label === "ask");
  // (a topic beside it, "## 내가 헷갈린 부분", is taken only when no question comes before it at its level)
  let topic: Section | null = null;
  for (let j = index - 1; j >= 0; j--) {
    const s = sections[j]!;
    if (s === section.parent) return topic ?? (asks(s) || s.role === "topic" ? s : null);
    if (s.depth > section.depth) continue;
    if (s.parent !== section.parent || s.depth !== section.depth) return topic;
    if ((s.role === "label" && s.label === "followups") || isAnswerHeading(s)) continue;
    if (asks(s)) return s;
    if (s.role !== "topic") return topic;
    topic ??= s;
  }
  return topic;
}

/** A line that ends a sentence stated, not asked: "…테이블입니다.", "…이다", "…함". */
const STATES = /([다요죠음함됨임])[.!]?$|[.!。]$/;

/**
 * "### 질문" + the question as a paragraph, answered under the next "### 답변" — or,
 * `followsUp` given, a "## 꼬리 질문 N" written the same way, as that card's follow-up.
 */
function addAskedLabel(ctx: Ctx, sections: Section[], index: number, followsUp?: CardDraft): void {
  const section = sections[index]!;
  const content = section.blocks.filter((b) => !isNoise(b, ctx.source));
  // "> 출처: …" over the question: a quote that asks nothing is the question's citation, kept as a tip
  const cited = content[0]?.node.type === "blockquote" && content[1]?.node.type === "paragraph" && !asksAnything(unquote(ctx.source.slice(content[0].start, content[0].end))) ? content[0] : null;
  const first = cited ? content[1] : content[0];
  const run = askedAnswerRun(sections, index, isAnswerHeading);
  // the question quoted ("> …설명해주세요.") counts only when an answer heading follows: a quote alone may be anything
  const quoted = first?.node.type === "blockquote" && run ? unquote(ctx.source.slice(first.start, first.end)) : null;
  // (the question indented by the author, read as a code block: one line of prose that asks is still the question)
  const indented = first?.node.type === "code" && !first.node.lang && !first.node.value.trim().includes("\n") && asksAnything(first.node.value) ? first.node.value.trim() : null;
  // (no question written under the label, "## 질문 1 (JS)" over code first: its text is read as a topic's, never lost)
  if (!first || (first.node.type !== "paragraph" && first.node.type !== "list" && !quoted && !indented)) return addBody(ctx, section, section, true);
  // (two lists of questions or more under the label, each answered by what follows it, "1. […?](#…)" over its bullets, then
  // "2. […?](#…)" over its own, and no answer heading after: the label names a group of questions, each read as a topic's)
  const asks = (b: Block | undefined) => !!b && b.node.type === "list" && !!questionListItems(b.node, ctx.source);
  // (…opening on the first of them, each with something after it before the next: an answer, never a list of further questions)
  // (…each answered by a list of points, or by paragraphs after a question alone in its list, as the body's reader pairs them)
  const answered = (i: number) => (content[i + 1]?.node.type === "list" && !asks(content[i + 1])) || !!itemOverParagraph(content, i, ctx.source);
  if (!run && !followsUp && asks(first) && content.filter((b) => asks(b)).length >= 2 && content.every((b, i) => !asks(b) || answered(i))) return addBody(ctx, section, section, false);
  // the question as a paragraph, or as the first item of a list ("- 질문 내용: …?")
  const asked = first.node.type === "list" ? askedText([first], ctx.source) : null;
  if (first.node.type === "list" && !asked) return;
  const own = section.blocks.slice(section.blocks.indexOf(first) + 1);
  const later = [...childAnswer(ctx, sections, index), ...(run ? answerRunBlocks(ctx, sections, run) : siblingAnswer(ctx, sections, index))];
  // ("### Q1" over the question with its answer typed on the very next line, and no other answer: the first line asks, the
  // rest answers; with an answer label after it, the line under the question is part of it, "(조건: 서버 3대 …)")
  const lines = first.node.type === "paragraph" ? textOf(first.node).trim().split("\n") : [];
  const answeredApart = later.some((b) => !isNoise(b, ctx.source));
  const rest = !answeredApart && lines.length > 1 && asksAnything(lines[0]!) && !asksAnything(lines.at(-1)!) ? afterFirstLine(first, ctx.source) : null;
  // ("## 질문 4" over "Driving table은 …테이블입니다." then "…영향에 대해 알려주세요", answered under "### 모범 답안": what the
  // question states first is shown with it, its last line asks)
  // (…said in sentences: a question wrapped onto a second line, "…REPEATABLE READ에서도" / "팬텀 리드가 …", or a topic
  // named over the request, "캐시 무효화 전략" / "각 전략의 장단점을 설명해 주세요.", is one question)
  const asWritten = first.node.type === "paragraph" ? ctx.source.slice(first.start, first.end).split("\n") : [];
  const setUp = answeredApart && !asked && !quoted && !indented && lines.length > 1 && asWritten.length === lines.length && asksAnything(lines.at(-1)!) && !lines.slice(0, -1).some(asksAnything) && STATES.test(lines.at(-2)!.trim()) ? asWritten.slice(0, -1).join("\n").trim() : "";
  const question = asked ? cleanPrompt(asked.question) : cleanPrompt((quoted ?? indented ?? (rest ? lines[0]! : setUp ? lines.at(-1)! : blocksMarkdown([first], ctx.source))).replace(/[*_`]/g, "").replace(/\s+/g, " ").trim());
  const answerBlocks = [...(rest ? [rest] : []), ...own, ...later];
  const tips = cited ? [unquote(ctx.source.slice(cited.start, cited.end))] : [];
  // (two or more questions numbered under the label: each answered by the answer's item of its number)
  const listed = askedListItems(first, ctx.source);
  const pairs = listed && pairedAnswers(listed, answerBlocks, ctx.source);
  if (listed && pairs) {
    addPairedQuestions(ctx, section, listed.items, pairs, tips, followsUp);
    return;
  }
  // ("### 질문" over one listed question answered inside its item, "- …?" over its indented answer: that answer,
  // and what an answer heading after it adds, "### 답변" over more)
  const single = first.node.type === "list" && first.node.children.length === 1 ? questionListItems(first.node, ctx.source)?.[0] : undefined;
  const written = cleanAnswer(blocksMarkdown(answerBlocks, ctx.source));
  const answer = single?.answer ? [cleanAnswer(single.answer), written].filter(Boolean).join("\n\n") : written;
  const [, end] = single?.answer && !written ? [first.line, first.endLine] : lineRange(answerBlocks, first.line);
  const given = setUp ? { given: setUp } : {};
  const asksAt = setUp ? first.line + lines.length - 1 : first.line;
  if (followsUp) addDraft(ctx, { kind: "followup", prompt: question, ...given, answer, tips, section, topic: section, role: question, rank: RANK.followup, lineStart: asksAt, lineEnd: end, parentDraft: followsUp });
  else addDraft(ctx, { kind: "qa", prompt: question, ...given, answer, tips, section, topic: section, role: question, rank: RANK.question, lineStart: asksAt, lineEnd: end });
  // (…answered in a way that cannot be told apart: the first takes the answer, the others are listed, never lost unseen)
  for (const q of listed?.items.slice(1) ?? []) ctx.unanswered.push({ line: q.line, prompt: askedPrompt(q.question), topicKey: "", ...(followsUp ? { parentDraft: followsUp } : {}) });
}

/**
 * A question book's heading over the practical question it sets ("### Q) 11. What is State …?" over "> Q) 상태는 …?" and
 * the answer to that, quoted-practical-question.ts): the quoted question is the one answered, later quoted ones follow it
 * up, and the heading's own is listed with no answer. Only under a heading that asks in English (marked "Q)" it may go
 * without its "?"): a quoted "> Q. 면접관은 왜 이 질문을 할까?" under a Korean question is the writer's aside, and a topic
 * named "Q1. CORS" is the quote's subject. Returns whether the section was read so.
 */
function addPracticalQuestions(ctx: Ctx, sections: Section[], index: number): boolean {
  const section = sections[index]!;
  const marked = section.role === "question" || (section.role === "topic" && hasQuestionPrefix(section.text));
  const title = cleanPrompt(section.title);
  const asksInEnglish = !/[가-힣]/.test(section.title) && (isQuestion(section.title) || isRequest(section.title) || /^(what|how|why|when|where|which|who|can|do|does|is|are|explain|describe)\s/i.test(title));
  // ("#### 참고" under it points to reading: no part of an answer that would stand in for the quoted one's)
  const onlySources = () => {
    for (let j = index + 1; j < sections.length && isDescendant(sections[j]!, section); j++) if (classifyLabel(sections[j]!.title) !== "sources") return false;
    return true;
  };
  const practical = marked && asksInEnglish && onlySources() ? practicalQuestions(section.blocks, ctx.source) : null;
  if (!practical) return false;
  ctx.unanswered.push({ line: section.line, prompt: title, topicKey: "" });
  let main: CardDraft | null = null;
  for (const [i, q] of practical.entries()) {
    const [, end] = lineRange(q.answer, q.line);
    const follows = i > 0 && !!main;
    const d = addDraft(ctx, { kind: follows ? "followup" : "qa", prompt: cleanPrompt(q.question), answer: blocksMarkdown(q.answer, ctx.source), section, topic: section, role: q.question, rank: follows ? RANK.followup : RANK.question, lineStart: q.line, lineEnd: end, ...(follows ? { parentDraft: main! } : {}) }, i > 0);
    if (i === 0) main = d;
  }
  return true;
}

/** The prompt of a listed question: as written when it asks, a request when jotted as a topic ("3. 샤딩 경험 공유"). */
function askedPrompt(question: string): string {
  return isQuestion(question) || isRequest(question) ? cleanPrompt(question) : explainPrompt(question);
}

/**
 * Cards of numbered questions paired with their answers. A note under a question ("- 힌트: 프록시")
 * is its tip, or, when it asks ("- 꼬리: 그럼 …?"), a follow-up still to be answered; a question
 * left unpaired is a card with the note as its answer, or listed when it has none.
 */
function addPairedQuestions(ctx: Ctx, section: Section, items: QuestionItem[], pairs: AnsweredPair[], tips: string[], followsUp?: CardDraft): void {
  const under = followsUp ? { parentDraft: followsUp } : {};
  const own = (q: QuestionItem) => (q.answer ? q.answer.replace(/^[-*+]\s+(?=[^\n]*$)/, "") : "");
  for (const q of items) {
    const pair = pairs.find((p) => p.question === q);
    const note = own(q);
    const asksOn = note !== "" && !note.includes("\n") && /[?？]$/.test(note);
    if (!pair && (!note || asksOn)) {
      ctx.unanswered.push({ line: q.line, prompt: askedPrompt(q.question), topicKey: "", ...under });
      if (asksOn) ctx.unanswered.push({ line: q.line + 1, prompt: cleanPrompt(note), topicKey: "", ...under });
      continue;
    }
    const answer = pair ? pair.answer : note;
    const d = addDraft(ctx, { kind: followsUp ? "followup" : "qa", prompt: askedPrompt(q.question), answer, tips: [...tips, ...(pair && note && !asksOn ? [note] : [])], section, topic: section, role: q.question, rank: followsUp ? RANK.followup : RANK.question, lineStart: q.line, lineEnd: pair ? pair.endLine : q.endLine, ...under });
    if (pair && asksOn) ctx.unanswered.push({ line: q.line + 1, prompt: cleanPrompt(note), topicKey: "", ...(d ? { parentDraft: d } : {}) });
  }
}

/** How many list items of a section's own body ask a question answered under them. */
function answeredQuestionItems(section: Section, source: string): number {
  return section.blocks.reduce((n, b) => n + (b.node.type === "list" ? (questionListItems(b.node, source) ?? []).filter((i) => i.answer).length : 0), 0);
}

/**
 * How many questions a section opens with and goes on with, each marked as one (a quote, a bold line, "Q.") and
 * followed by a block that does not ask (its answer); 0 when its first block is no marked question (a plain
 * paragraph that asks is read as the label's one question, its later lines its answer or follow-ups).
 */
function answeredQuestionLines(section: Section, source: string): number {
  const blocks = section.blocks.filter((b) => !isNoise(b, source));
  const asks = (b: Block | undefined) => !!b && (b.node.type === "blockquote" || b.node.type === "paragraph") && questionOf(b, source) !== null;
  if (!asks(blocks[0])) return 0;
  return blocks.filter((b, i) => asks(b) && blocks[i + 1] !== undefined && !asks(blocks[i + 1])).length;
}

/** Whether some line of a text asks or requests. */
function asksAnything(text: string): boolean {
  return text.split("\n").some((line) => isQuestion(line.trim()) || isRequest(line.trim()));
}

/**
 * An empty heading that still asks: a question, or a comparison or reason jotted as a noun phrase
 * ("gRPC와 REST 비교", "인덱스를 쓰는 이유"). Other empty headings are an outline's placeholders or
 * lead-ins, named in a warning.
 */
function namesQuestionToDo(section: Section): boolean {
  const t = section.title.trim();
  return t.length <= 60 && (isQuestion(t) || isRequest(t) || /(차이|차이점|비교|원리|이유|장단점)$|\s(vs\.?|VS\.?)\s/.test(t));
}
