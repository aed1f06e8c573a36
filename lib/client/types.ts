/**
 * Shapes of the /api/v1 JSON the browser reads. Kept here (not imported from
 * server code) so client bundles never pull in server-only modules.
 */
import type { CardKind } from "@/lib/parser/types";

export type Rating = 1 | 2 | 3 | 4;
export const RATINGS: readonly Rating[] = [1, 2, 3, 4];

export interface StudyCard {
  id: string;
  kind: CardKind;
  prompt: string;
  /** What the question shows before any answer (a quiz's code and choices), as Markdown and sanitized HTML. */
  given?: string;
  givenHtml?: string;
  /** Markdown source; used to build the read-aloud text. */
  answer: string;
  /** Sanitized on the server; safe for dangerouslySetInnerHTML. */
  answerHtml: string;
  tips: string[];
  tipsHtml: string[];
  steps?: string[];
  stepsHtml?: string[];
  parentId?: string | null;
  parentPrompt?: string | null;
  deckTitle: string;
  version: number;
  targetSeconds: number;
}

export interface IntervalPreview {
  label: string;
  due: string;
}

export interface Remaining {
  learning: number;
  review: number;
  new: number;
}

export interface StudyNextResponse {
  card: StudyCard | null;
  /** null when there is no card. */
  intervals?: Record<`${Rating}`, IntervalPreview> | null;
  remaining: Remaining;
  /** The user's study day (YYYY-MM-DD): a session's tally is kept for it across reloads. */
  studyDay?: string;
}

export interface ReviewRequest {
  id: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
  version: number;
}

export interface ReviewResponse {
  cardId: string;
  state: { due: string; stability: number; difficulty: number; reps: number; lapses: number; state: number };
}

export interface UserSettings {
  desiredRetention: number;
  newPerDay: number;
  maximumInterval: number;
  learningSteps: string[];
  relearningSteps: string[];
  timezone: string;
  dayStartHour: number;
  ttsVoice: string;
  ttsRate: number;
  targetAnswerSeconds: number;
  /** "답변 기록 저장": keep attempt transcripts on the server (off by default). */
  saveTranscripts: boolean;
  followupsPerDay: number;
}

/** POST /api/v1/cards/{id}/attempts: the analysis of one answer (lib/analysis AttemptAnalysis + the stored attempt). */
export interface AttemptAnalysisResponse {
  id: string;
  createdAt: string;
  source: "speech" | "typed";
  durationMs: number;
  transcriptSaved: boolean;
  coverage: number;
  keyPoints: { text: string; covered: boolean; source: string; spans: [number, number][] }[];
  fillers: { count: number; perMinute: number; words: { word: string; count: number }[] };
  pace: { syllablesPerMinute: number; syllables: number; earlierMedian: number | null; target: number };
  lengthSeconds: number;
  targetSeconds: number;
  withinTarget: boolean;
  repeatedWords: { word: string; count: number }[];
  suggestedRating: Rating;
}
