import { z } from "zod";

const iso = z.iso.datetime({ offset: true });
const isoOrNull = iso.nullable();
const strings = z.array(z.string());

const exportCard = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  kind: z.enum(["script", "steps", "qa", "followup"]),
  prompt: z.string(),
  answer: z.string(),
  tips: strings,
  steps: strings.nullable(),
  parentKey: z.string().nullable(),
  sources: strings,
  lineStart: z.number().int(),
  lineEnd: z.number().int(),
  position: z.number().int(),
  archivedAt: isoOrNull,
  createdAt: iso,
});

const exportDeck = z.object({
  id: z.string().min(1),
  slug: z.string().min(1).max(200),
  title: z.string(),
  description: z.string(),
  tags: strings,
  sources: strings,
  sourcePath: z.string(),
  markdown: z.string(),
  contentHash: z.string(),
  createdAt: iso,
  cards: z.array(exportCard),
});

const exportState = z.object({
  cardId: z.string().min(1),
  due: iso,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reps: z.number().int(),
  lapses: z.number().int(),
  state: z.number().int().min(0).max(3),
  lastReview: isoOrNull,
  suspended: z.boolean(),
  lastRating: z.number().int(),
  passedAt: isoOrNull,
  version: z.number().int(),
});

const exportLog = z.object({
  id: z.string().min(1).max(100),
  cardId: z.string().min(1),
  rating: z.number().int().min(1).max(4),
  state: z.number().int(),
  due: iso,
  stability: z.number(),
  difficulty: z.number(),
  elapsedDays: z.number().int(),
  lastElapsedDays: z.number().int(),
  scheduledDays: z.number().int(),
  learningSteps: z.number().int(),
  reviewedAt: iso,
  durationMs: z.number().int(),
  previousState: z.string().nullable(),
  nextState: z.string(),
  studyDay: z.string(),
  undoneAt: isoOrNull,
  createdAt: iso,
});

const exportSettings = z.object({
  desiredRetention: z.number(),
  newPerDay: z.number().int(),
  maximumInterval: z.number().int(),
  learningSteps: z.string(),
  relearningSteps: z.string(),
  timezone: z.string(),
  dayStartHour: z.number().int(),
  ttsVoice: z.string(),
  ttsRate: z.number(),
  targetAnswerSeconds: z.number().int(),
  /** Added with attempts; absent in older exports (then off). */
  saveTranscripts: z.boolean().optional(),
});

/** One analysed answer. Exports before attempts existed have none (the field is optional). */
const exportAttempt = z.object({
  id: z.string().min(1).max(100),
  cardId: z.string().min(1),
  source: z.enum(["speech", "typed"]),
  durationMs: z.number().int().min(0),
  transcript: z.string().nullable(),
  coverage: z.number().min(0).max(1),
  keyPointCount: z.number().int().min(0),
  coveredCount: z.number().int().min(0),
  syllablesPerMinute: z.number().int().min(0),
  fillerCount: z.number().int().min(0),
  lengthSeconds: z.number().min(0),
  suggestedRating: z.number().int().min(1).max(4),
  analysis: z.string(),
  createdAt: iso,
});

/**
 * Everything a user owns, as `GET /api/v1/export` writes it and
 * `POST /api/v1/export/restore` reads it back. Card references in states and
 * logs are card ids: the user's own cards are listed under their deck; any
 * other id is a built-in card (stable across servers: derived from slug + key).
 */
export const userExportSchema = z.object({
  format: z.literal("rehearse-export"),
  version: z.literal(1),
  exportedAt: iso,
  settings: exportSettings.nullable(),
  decks: z.array(exportDeck),
  cardStates: z.array(exportState),
  reviewLogs: z.array(exportLog),
  studyDays: z.array(z.object({ day: z.string(), reviews: z.number().int() })),
  attempts: z.array(exportAttempt).optional(),
});

export type UserExport = z.infer<typeof userExportSchema>;
export type ExportDeck = z.infer<typeof exportDeck>;
export type ExportCard = z.infer<typeof exportCard>;
export type ExportState = z.infer<typeof exportState>;
export type ExportLog = z.infer<typeof exportLog>;
export type ExportAttempt = z.infer<typeof exportAttempt>;

/** Restore body cap: exports are JSON text, a heavy user's is a few MB. */
export const RESTORE_BODY_MAX_BYTES = 50 * 1024 * 1024;
