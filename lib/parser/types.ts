/** The four kinds of card a note becomes. */
export type CardKind = "script" | "steps" | "qa" | "followup";

export const CARD_KINDS: readonly CardKind[] = ["script", "steps", "qa", "followup"];

/** A problem found while parsing; never fatal. `line` is 1-based. */
export interface ParseWarning {
  line: number;
  message: string;
}

/** One card as parsed from Markdown. `answer` is Markdown. */
export interface ParsedCard {
  /** Stable id: derived from deck key + heading path + kind, never from the body. */
  id: string;
  kind: CardKind;
  prompt: string;
  /** Markdown the question shows with it, before any answer: a quiz's code and its choices. */
  given?: string;
  answer: string;
  tips: string[];
  steps?: string[];
  /** For follow-ups: the id of the topic card the question belongs to. */
  parentId?: string;
  sources: string[];
  /** Heading titles from the top of the file down to this card's section. */
  headingPath: string[];
  /** 1-based inclusive source line range. */
  lineStart: number;
  lineEnd: number;
}

export interface DeckMeta {
  /** Stable deck key: front matter `slug`, else derived from the file path. */
  slug: string;
  title: string;
  description: string;
  tags: string[];
  sources: string[];
}

/** A question the note asks but does not answer: not a card unless the user adds it as a practice prompt. */
export interface UnansweredQuestion {
  /** 1-based line of the question. */
  line: number;
  prompt: string;
  /** The card whose topic the question follows, when there is one. */
  parentId?: string;
  /** Web pages the note points to for it (a topic written as a link only). */
  sources?: string[];
}

export interface ParsedDeck {
  deck: DeckMeta;
  cards: ParsedCard[];
  warnings: ParseWarning[];
  /** Questions without a written answer, in line order (always set by parseDeck). */
  unanswered?: UnansweredQuestion[];
  /** Sections left out because they are not questions (tables of contents, rules, contributors); always set by parseDeck. */
  skipped?: SkippedSection[];
  /** Cards of sub-headings that `mergeSubheadings` would fold into their topic's answer (0 when it is on). */
  mergeableSubheadings?: number;
}

/** A section the parser left out, for the import preview. */
export interface SkippedSection {
  line: number;
  heading: string;
}

export interface ParseOptions {
  /** The file's path (relative or just a name); used for the deck key and title fallback. */
  path: string;
  /**
   * Also make a card of every unanswered question: a practice prompt with an
   * empty answer (the study view shows "no model answer"). Off by default.
   */
  practicePrompts?: boolean;
  /**
   * Fold a topic's sub-headings into its answer when every one is a leaf
   * topic ("## Join" over "### INNER JOIN", "### LEFT JOIN": one card, not
   * four). Off by default.
   */
  mergeSubheadings?: boolean;
}
