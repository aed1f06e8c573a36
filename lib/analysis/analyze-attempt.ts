import { extractKeyPoints, type AnalysisCard } from "./key-points";
import { matchKeyPoints, type KeyPointResult } from "./match-key-points";
import { countFillers, countSyllables, DEFAULT_FILLERS, median, repeatedWords, type FillerReport } from "./speech-metrics";
import { tokenize } from "./tokens";

export type SuggestedRating = 1 | 2 | 3 | 4;

/** The calm interview pace the target length assumes (lib/study/target-seconds: 5 syllables/s). */
export const TARGET_SYLLABLES_PER_MINUTE = 300;

export interface AnalyzeAttemptInput {
  card: AnalysisCard;
  transcript: string;
  durationMs: number;
  /** The card's target answer length; 0 = none. */
  targetSeconds: number;
  /** Syllables per minute of the user's earlier attempts (any card). */
  earlierPaces?: readonly number[];
  fillers?: readonly string[];
}

export interface AttemptAnalysis {
  /** covered / key points, in [0, 1], rounded to 3 decimals. */
  coverage: number;
  keyPoints: KeyPointResult[];
  fillers: FillerReport;
  pace: {
    syllablesPerMinute: number;
    syllables: number;
    /** The user's median over earlier attempts; null for a first attempt. */
    earlierMedian: number | null;
    target: number;
  };
  lengthSeconds: number;
  targetSeconds: number;
  /** Within the target length (always true without a target). */
  withinTarget: boolean;
  repeatedWords: { word: string; count: number }[];
  suggestedRating: SuggestedRating;
}

/**
 * The grade an attempt suggests: under 40 % coverage 다시 (1), under 70 %
 * 어려움 (2), 90 % or more within the target length 쉬움 (4), else 알맞음 (3).
 * Only a suggestion: the user always confirms the grade.
 */
export function suggestRating(coverage: number, withinTarget: boolean): SuggestedRating {
  if (coverage < 0.4) return 1;
  if (coverage < 0.7) return 2;
  if (coverage >= 0.9 && withinTarget) return 4;
  return 3;
}

const safeNumber = (x: number) => (Number.isFinite(x) && x > 0 ? x : 0);

/**
 * Compares a spoken (or typed) answer with the card's model answer: which
 * key points it covered and where, its pace against the user's own median
 * and the target pace, fillers, length against the target, the most repeated
 * words, and a suggested grade. Pure: the same input gives the same result.
 */
export function analyzeAttempt(input: AnalyzeAttemptInput): AttemptAnalysis {
  const transcript = input.transcript.normalize("NFC");
  const durationMs = safeNumber(input.durationMs);
  const targetSeconds = safeNumber(input.targetSeconds);
  const fillerList = input.fillers ?? DEFAULT_FILLERS;
  const tokens = tokenize(transcript);
  const keyPoints = matchKeyPoints(extractKeyPoints(input.card), transcript);
  const covered = keyPoints.filter((k) => k.covered).length;
  const coverage = keyPoints.length ? Math.round((covered / keyPoints.length) * 1000) / 1000 : 0;
  const syllables = countSyllables(tokens);
  const minutes = durationMs / 60_000;
  const lengthSeconds = Math.round(durationMs / 100) / 10;
  const withinTarget = targetSeconds === 0 || lengthSeconds <= targetSeconds;
  const earlier = median(input.earlierPaces ?? []);
  return {
    coverage,
    keyPoints,
    fillers: countFillers(tokens, durationMs, fillerList),
    pace: {
      syllablesPerMinute: minutes > 0 ? Math.round(syllables / minutes) : 0,
      syllables,
      earlierMedian: earlier === null ? null : Math.round(earlier),
      target: TARGET_SYLLABLES_PER_MINUTE,
    },
    lengthSeconds,
    targetSeconds,
    withinTarget,
    repeatedWords: repeatedWords(tokens, fillerList),
    suggestedRating: suggestRating(coverage, withinTarget),
  };
}
