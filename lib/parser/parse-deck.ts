/**
 * parseDeck: Markdown study notes → a deck of rehearsal cards.
 */
import { readAskedProcedures } from "./asked-procedures";
import { stripBareNumbering, stripOutlineNumbers } from "./bare-numbering";
import { foldFacetSections } from "./facet-sections";
import { foldSingleQuestionNote, isNoteFacet } from "./single-question-note";
import { toBlocks, type Block } from "./blocks";
import type { Ctx } from "./context";
import { namesContainer } from "./container-heading";
import type { CardDraft } from "./draft";
import { dedupe } from "./dedupe";
import { extractSections } from "./extract";
import { joinSiblingScripts } from "./extract-body";
import { readFrontMatter, withoutFalseFrontMatter, type FrontMatter } from "./front-matter";
import { htmlNoteAsMarkdown } from "./html-note";
import { indentedProseAsMarkdown } from "./indented-prose";
import { cardId, slugFromPath, slugify } from "./ids";
import { parseMarkdown } from "./markdown";
import { unsetRestatedTitle } from "./restated-title";
import { keepQuestionIds } from "./kept-ids";
import { withCitedFootnotes } from "./footnotes";
import { dropIntroCard } from "./preamble-intro";
import { drillRemedyFollowups, liftSoThenFollowups, resolveParents } from "./parents";
import { sanitizeSource } from "./sanitize";
import { unsetEmptyBulletHeadings, unsetUnderlinedSentences } from "./underlined-sentence";
import { separateQuestionMaterial } from "./question-material";
import { qualifyRepeatedPrompts } from "./repeated-prompts";
import { assignHeadingRoles } from "./heading-roles";
import { countMergeableParts, mergePartEntries } from "./merged-subheadings";
import { buildSections, type Section } from "./sections";
import { addSources } from "./sources";
import { classifyLabel, isSkippedDocument } from "./labels";
import { isGenericPart } from "./generic-part";
import { namesTitleFacet } from "./title-facets";
import { isQuestion, isRequest } from "./questions";
import { answerListedQuestions } from "./listed-questions-answered";
import { dropListedAnsweredBelow } from "./indexed-questions";
import { askPreambleQuestion } from "./preamble-question";
import type { ParseOptions, ParsedCard, ParsedDeck, ParseWarning, UnansweredQuestion } from "./types";

/**
 * Parse one Markdown note into a deck. Pure (no I/O) and total: it never
 * throws; problems are reported in `warnings` with 1-based line numbers.
 */
export function parseDeck(markdown: string, options: ParseOptions): ParsedDeck {
  const warnings: ParseWarning[] = [];
  const path = typeof options?.path === "string" ? options.path : "";
  const fallbackSlug = slugFromPath(path || "deck");
  try {
    return parseDeckUnsafe(indentedProseAsMarkdown(htmlNoteAsMarkdown(withoutFalseFrontMatter(sanitizeSource(markdown)))), path, fallbackSlug, warnings, { practicePrompts: options?.practicePrompts === true, mergeSubheadings: options?.mergeSubheadings === true });
  } catch (e) {
    warnings.push({ line: 1, message: `문서를 해석하지 못했습니다: ${(e as Error)?.message ?? e}` });
    return { deck: { slug: fallbackSlug, title: baseName(path) || fallbackSlug, description: "", tags: [], sources: [] }, cards: [], warnings, unanswered: [], skipped: [] };
  }
}

/**
 * The note's title: its first heading when that is an H1 (an H1 below other headings is one more topic),
 * unless it names a facet beside other H1s ("# 한 줄 정의", "# 핵심 개념", "# 면접 단골 질문"): a
 * template's first section, whose subject the front matter names.
 */
function noteTitle(outline: Section[]): Section | null {
  const first = outline.find((s) => s.depth > 0);
  if (first?.depth === 1 && isNoteFacet(first.text) && outline.some((s) => s !== first && s.depth === 1 && classifyLabel(s.text) === null)) return null;
  // ("# 답변" over the answer, then "# 내용", "# 추가 질문": a template whose question is the file's name, no title of its own)
  if (first?.depth === 1 && classifyLabel(first.text) === "script") return null;
  return first?.depth === 1 ? first : null;
}

/**
 * "# 기수 정렬" over "## 기본 개념", "## 원리", "## 장점", "## 단점", "## Reference": a note about one
 * topic whose sections are only the facets of explaining it. The H1 is then the topic
 * itself, one card with its facets as the answer, not a title over facet cards
 * ("기수 정렬의 장점에 대해 설명해 주세요.") — short facets were skipped as too short to card.
 */
/** Whether blocks hold nothing but pictures and links ("[![img](….gif)](…)"), a word or two aside. */
function showsOnlyLinks(blocks: Block[], source: string): boolean {
  const text = blocks.map((b) => source.slice(b.start, b.end)).join("\n");
  if (!/\]\([^)]*\)|<img\b|https?:\/\//i.test(text)) return false;
  const words = text.replace(/!\[[^\]]*\]\([^)]*\)/g, "").replace(/\[[^\]]*\]\([^)]*\)/g, "").replace(/<[^>]*>|https?:\/\/\S+/g, "");
  return (words.match(/[\p{L}\p{N}]/gu) ?? []).length <= 10;
}

function facetsOnlyTitle(title: Section | null, outline: Section[], source: string): boolean {
  if (!title || title.depth !== 1 || outline.filter((s) => s.depth === 1).length !== 1) return false;
  const parts = outline.filter((s) => s.parent === title && s.heading);
  // (its sources too, "## Reference", "## Referance", "## 참고")
  const unsourced = parts.filter((s) => classifyLabel(s.text) !== "sources" && !/^(ref[a-z]*|참고|출처)/i.test(s.title.trim()));
  if (unsourced.length >= 2 && unsourced.length >= parts.length - 1 && unsourced.every((s) => isGenericPart(s.title.replace(/^\s*\d{1,2}[.)]\s*/, "").trim()))) return true;
  // (…and a longer walk through one algorithm or structure, four facets or more, "## Abstract", "## Process (Ascending)",
  // "## 시간복잡도", "## 이진 힙의 종류", between what it sets out to do and concludes, "## Goal", "## Conclusion", and
  // beside a section showing only pictures or links ("## GIF로 이해하는 …"): those are no facet and no topic either)
  const facets = unsourced.filter((s) => classifyLabel(s.text) !== "skip" && !showsOnlyLinks(s.blocks, source));
  // (never over a question, "### 재귀와 반복 중 어느 쪽이 나은가요?" under a facet, nor a labelled part, "## 과정" being steps of their own)
  // (its own definition, "## 이진 힙이란?", is a facet all the same)
  const asking = outline.some((s) => s.heading && s.depth > 1 && (isQuestion(s.title) || isRequest(s.title)) && !namesTitleFacet(s.title, title.title));
  return !asking && facets.length >= 4 && facets.every((s) => classifyLabel(s.text) === null && namesTitleFacet(s.title, title.title));
}

function parseDeckUnsafe(source: string, path: string, fallbackSlug: string, warnings: ParseWarning[], { practicePrompts, mergeSubheadings: merging }: { practicePrompts: boolean; mergeSubheadings: boolean }): ParsedDeck {
  const root = parseMarkdown(source, (line) => warnings.push({ line, message: "너무 긴 줄을 나누어 읽었습니다" }));
  const fm: FrontMatter = readFrontMatter(root, source, warnings);
  const blocks = toBlocks(unsetUnderlinedSentences(unsetEmptyBulletHeadings(root.children, source), source), source, warnings);
  const outline = buildSections(blocks);
  const titled = noteTitle(outline);
  const titleSection = facetsOnlyTitle(titled, outline, source) ? null : titled;
  const sections = assignHeadingRoles(outline, source, titleSection, titled !== titleSection ? titled : null);
  unsetRestatedTitle(titleSection, sections, source, warnings);
  const slug = (fm.slug && slugify(fm.slug)) || fallbackSlug;
  const title = titled?.text || fm.title || singleTopicTitle(sections) || namingPart(path) || baseName(path) || slug;

  if (isSkippedDocument(title) || isSkippedDocument(baseName(path))) {
    // a template, PR guide or reverse-interview list: nothing in it is a question to rehearse
    warnings.push({ line: 1, message: `건너뛴 문서: "${title}" (질문 노트가 아닌 양식·안내·역질문 목록)` });
    const deck = { slug, title, description: fm.description ?? "", tags: fm.tags, sources: [...fm.sources] };
    return { deck, cards: [], warnings, unanswered: [], skipped: [{ line: 1, heading: title }] };
  }
  const ctx: Ctx = { source, deckTitle: title, titleSection, warnings, drafts: [], scopedSources: new Map(), consumed: new Set(), unanswered: [], skipped: [] };
  extractSections(ctx, sections);
  joinSiblingScripts(ctx);
  answerListedQuestions(ctx);
  dropListedAnsweredBelow(ctx);
  askPreambleQuestion(ctx, outline);
  dropIntroCard(ctx);

  const deckSources: string[] = [];
  addSources(deckSources, fm.sources);
  addSources(deckSources, ctx.scopedSources.get("") ?? []);
  const allSources = [...deckSources];
  for (const list of ctx.scopedSources.values()) addSources(allSources, list);

  const folded = titleSection ? foldSingleQuestionNote(ctx.drafts, titleSection) : foldFacetSections(ctx.drafts, fm.title ?? "");
  keepQuestionIds(folded);
  const parsedEntries = dedupe(readAskedProcedures(folded), (d, n) => cardId(slug, d.idPath ?? d.headingPath, d.idKind ?? d.kind, d.idRole ?? d.role, n));
  const parents = resolveParents(parsedEntries);
  liftSoThenFollowups(parsedEntries, parents);
  drillRemedyFollowups(parsedEntries, parents);
  // (the import's switch, on the cards as they are, ids and parents settled: a topic's leaf sub-headings into its
  // card; with it off, how many it would fold, for the preview)
  const asked = ctx.unanswered.map((u) => u.line);
  const mergeable = merging ? 0 : countMergeableParts(parsedEntries, sections, titleSection, asked);
  const entries = merging ? mergePartEntries(parsedEntries, parents, sections, titleSection, asked) : parsedEntries;
  const cards: ParsedCard[] = entries.map((e) => {
    const d = e.draft;
    const sources = [...deckSources];
    if (d.scopeKey) addSources(sources, ctx.scopedSources.get(d.scopeKey) ?? []);
    const parentId = d.kind === "followup" ? parents.get(e) : undefined;
    const kind = d.kind === "followup" && !parentId ? "qa" : d.kind;
    return {
      id: e.id,
      kind,
      prompt: d.prompt,
      ...(d.given ? { given: d.given } : {}),
      answer: d.answer,
      tips: d.tips,
      ...(d.steps ? { steps: d.steps } : {}),
      ...(parentId ? { parentId } : {}),
      sources,
      headingPath: d.headingPath,
      lineStart: d.lineStart,
      lineEnd: d.lineEnd,
    };
  });
  const unanswered = unansweredQuestions(ctx, entries, unansweredFollowupParents(ctx, entries));
  if (practicePrompts) cards.push(...unanswered.map((q) => practiceCard(slug, q, deckSources)));
  // ("1 …", "2 …", "3 …" over folds: numbering, not words of the questions; ids were made from the questions as written)
  stripBareNumbering([...cards, ...unanswered]);
  stripOutlineNumbers([...cards, ...unanswered]);
  qualifyRepeatedPrompts(cards);
  separateQuestionMaterial(cards, source);
  withCitedFootnotes(cards, source);
  cards.sort((a, b) => a.lineStart - b.lineStart);
  if (cards.length === 0) warnings.push({ line: 1, message: "카드로 만들 내용이 없습니다" });
  warnings.sort((a, b) => a.line - b.line);
  return {
    deck: { slug, title: deckTitleOf(title, titleSection, cards, fm, path), description: fm.description ?? "", tags: fm.tags, sources: allSources },
    cards,
    warnings,
    unanswered,
    skipped: ctx.skipped,
    mergeableSubheadings: mergeable,
  };
}

/** A practice prompt: an unanswered question as a card with no model answer. */
function practiceCard(slug: string, q: UnansweredQuestion, sources: string[]): ParsedCard {
  return {
    id: cardId(slug, [], q.parentId ? "followup" : "qa", `practice:${q.prompt}`),
    kind: q.parentId ? "followup" : "qa",
    prompt: q.prompt,
    answer: "",
    tips: [],
    ...(q.parentId ? { parentId: q.parentId } : {}),
    sources: [...new Set([...(q.sources ?? []), ...sources])],
    headingPath: [],
    lineStart: q.line,
    lineEnd: q.line,
  };
}

/**
 * The card each unanswered follow-up follows, found as an answered follow-up's parent is
 * (a "꼬리 질문" fold after a question's fold): resolved beside the cards, never among them.
 * A question without an answer between that card and the follow-up is the one it follows
 * (and it has no card), so the follow-up then follows no card.
 */
function unansweredFollowupParents(ctx: Ctx, entries: Parameters<typeof resolveParents>[0]): Map<CardDraft, string> {
  const asked = ctx.unanswered.flatMap((q) => (q.asFollowup && !q.parentDraft ? [{ draft: q.asFollowup, id: "" }] : []));
  if (asked.length === 0) return new Map();
  const parents = resolveParents([...entries, ...asked]);
  const lineOf = new Map(entries.map((e) => [e.id, e.draft.lineStart]));
  const mains = ctx.unanswered.filter((q) => !q.asFollowup && !q.parentDraft).map((q) => q.line);
  const followsUnanswered = (from: number, to: number) => mains.some((line) => line > from && line < to);
  return new Map(
    asked.flatMap((e) => {
      const parent = parents.get(e);
      return parent && !followsUnanswered(lineOf.get(parent) ?? Infinity, e.draft.lineStart) ? [[e.draft, parent] as const] : [];
    }),
  );
}

/** Unanswered questions in line order, each linked to its topic's card when there is one; repeats dropped. */
function unansweredQuestions(ctx: Ctx, entries: { draft: { topicKey: string; kind: string; prompt: string; role: string }; id: string }[], followupParents: Map<CardDraft, string>): UnansweredQuestion[] {
  const byDraft = new Map<object, string>(entries.map((e) => [e.draft, e.id]));
  const byTopic = new Map<string, string>();
  // (the topic's own card: a sibling question of a checklist — role = its question — is no topic for the others)
  for (const e of entries) if (e.draft.kind !== "followup" && e.draft.topicKey && !byTopic.has(e.draft.topicKey) && ["", "explain", "why"].includes(e.draft.role)) byTopic.set(e.draft.topicKey, e.id);
  const carded = new Set(entries.map((e) => e.draft.prompt));
  const seen = new Set<string>();
  const out: UnansweredQuestion[] = [];
  for (const q of [...ctx.unanswered].sort((a, b) => a.line - b.line)) {
    if (seen.has(q.prompt) || carded.has(q.prompt)) continue;
    seen.add(q.prompt);
    const parentId = (q.parentDraft && byDraft.get(q.parentDraft)) || (q.asFollowup && followupParents.get(q.asFollowup)) || byTopic.get(q.topicKey);
    out.push({ line: q.line, prompt: q.prompt, ...(parentId ? { parentId } : {}), ...(q.sources ? { sources: q.sources } : {}) });
  }
  return out;
}

/**
 * A title that asks is the note's first card, not a name for the deck: the deck
 * is named by the front matter or the file name then (the card keeps the question).
 */
function deckTitleOf(title: string, titleSection: Section | null, cards: ParsedCard[], fm: FrontMatter, path: string): string {
  if (!titleSection || titleSection.role !== "question" || !cards.some((c) => c.lineStart === titleSection.line && c.kind !== "followup")) return title;
  return fm.title || namingPart(path) || title;
}

/** A file or folder name that names nothing ("README", "index", "2024-05-03", "notes"). */
const GENERIC_NAME = /^((readme|index)([._-][a-z]{2}(-[a-z]{2})?)?|main|notes?|untitled|draft|docs?|src|content|pages|wiki|\d[\d\s._-]*(til)?|til)$/i;

/** The file's name, or its folder's when the file's is generic; empty when both are. */
function namingPart(path: string): string {
  const parts = path.replace(/\\/g, "/").split("/").filter(Boolean);
  const [file = "", folder = ""] = [baseName(parts.at(-1) ?? ""), parts.at(-2) ?? ""];
  if (!GENERIC_NAME.test(file)) return file;
  return folder && !GENERIC_NAME.test(folder) && folder !== "." ? folder : "";
}

/** The H2 title when the file covers one topic (repeated H2s with the same text count once). */
function singleTopicTitle(sections: Section[]): string | undefined {
  const titles = new Set(sections.filter((s) => s.depth === 2 && s.role !== "label").map((s) => s.text));
  // ("## 내용" alone names no topic: the file does)
  return titles.size === 1 && !namesContainer([...titles][0]!) ? [...titles][0] : undefined;
}

function baseName(path: string): string {
  const name = path.replace(/\\/g, "/").split("/").pop() ?? "";
  return name.replace(/\.[A-Za-z0-9]{1,10}$/, "");
}

