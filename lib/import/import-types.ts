import type { ApplyCounts } from "@/lib/content/apply-parsed-deck";
import type { DeckDiff } from "./diff-deck";
import type { CardKind, ParsedDeck, ParseWarning, SkippedSection } from "@/lib/parser/types";

export interface ImportedCard {
  key: string;
  kind: CardKind;
  prompt: string;
  /** Markdown the question shows before any answer (a quiz's code and choices). */
  given?: string;
  answer: string;
  tips: string[];
  steps?: string[];
  parentKey?: string;
  lineStart: number;
}

export interface ImportedFile extends ApplyCounts {
  name: string;
  /** The deck the file became (an existing one on re-import); absent in a preview of a new deck. */
  deckId?: string;
  slug: string;
  title: string;
  cards: ImportedCard[];
  warnings: ParseWarning[];
  /** Questions the note asks without an answer (cards only when practice prompts are on). */
  unanswered: { line: number; prompt: string; parentKey?: string }[];
  /** Sections left out as not questions (tables of contents, rules, contributors). */
  skipped: SkippedSection[];
  /** Sub-headings carded on their own that the merge switch would fold into their topic. */
  mergeableSubheadings: number;
  /** The user's deck this file updates (re-import), with its current title. */
  existingDeck?: { id: string; title: string };
  /** Card by card: new, reworded and to-be-archived cards (see diffDeck). */
  diff: DeckDiff;
  /** True when the note gives no card: the file is not saved (no empty deck). */
  noCards: boolean;
}

export interface ImportResult extends ApplyCounts {
  preview: boolean;
  files: ImportedFile[];
}

/** One note after the worker read and parsed it: everything the database writes need. */
export interface PreparedFile {
  name: string;
  markdown: string;
  contentHash: string;
  parsed: ParsedDeck;
  /** What the API answers for this file's cards (with sanitized `answerHtml` in a preview). */
  cards: (ImportedCard & { givenHtml?: string; answerHtml?: string })[];
}

export interface PreparedImport {
  preview: boolean;
  /** Saving a re-import that archives cards needs this (the preview listed them). */
  confirmArchive?: boolean;
  files: PreparedFile[];
  skipped: string[];
}

/** A refusal that crossed the thread boundary as plain data. */
export interface ImportFailure {
  status: 400 | 409 | 413;
  code: string;
  message: string;
  fields?: Record<string, string>;
}
