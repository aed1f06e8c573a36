import { z } from "zod";
import { parseSnapshot } from "@/lib/scheduler/scheduler";
import { MAX_INTERVAL_DAYS, schedulerSettingsSchema } from "@/lib/scheduler/settings";
import { settingsPatchSchema } from "@/lib/settings/settings-schema";
import { IMPORT_LIMITS } from "@/lib/import/limits";

/*
 * Restore writes these values straight into the database, where grading,
 * Today, study and undo read them back: everything is checked here with the
 * same rules as the settings and grade routes, so a restored account can
 * never hold a value the app would refuse to take through its own forms.
 */
const iso = z.iso.datetime({ offset: true });
const isoOrNull = iso.nullable();
const strings = z.array(z.string());
/**
 * A card's text comes from one note, which an import caps at maxFileBytes (a
 * character is at least one byte), so no genuine export holds longer. A crafted
 * one could otherwise write a single huge row, holding the database for everyone.
 */
const noteText = z.string().max(IMPORT_LIMITS.maxFileBytes);
/** Tips or steps of one card: together no longer than the note they come from. */
const noteTexts = z
  .array(noteText)
  .max(1000)
  .refine((texts) => texts.reduce((n, t) => n + t.length, 0) <= IMPORT_LIMITS.maxFileBytes, { error: "longer than one note" });
const count = z.number().int().min(0).max(1_000_000);
const days = z.number().int().min(0).max(MAX_INTERVAL_DAYS * 2);
const studyDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const fsrsNumbers = {
  stability: z.number().min(0).max(1e6),
  difficulty: z.number().min(0).max(10),
  elapsedDays: days,
  scheduledDays: days,
  learningSteps: z.number().int().min(0).max(100),
  reps: count,
  lapses: count,
};

/** A JSON column that must hold a card-state snapshot the undo can read back. */
const snapshotJson = z.string().max(10_000).refine(
  (s) => {
    try {
      parseSnapshot(s);
      return true;
    } catch {
      return false;
    }
  },
  { error: "snapshot is not a valid card state" },
);

/** The public state a retried grade answers with: a JSON object with a valid `due`. */
const publicStateJson = z.string().max(10_000).refine(
  (s) => {
    try {
      const v = JSON.parse(s) as { due?: unknown };
      return typeof v === "object" && v !== null && typeof v.due === "string" && !Number.isNaN(Date.parse(v.due));
    } catch {
      return false;
    }
  },
  { error: "nextState is not a valid card state" },
);

function jsonOrNull(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

const exportCard = z.object({
  id: z.string().min(1),
  key: z.string().min(1),
  kind: z.enum(["script", "steps", "qa", "followup"]),
  prompt: noteText,
  /** What the question shows before its answer. Absent in older exports. */
  given: noteText.nullable().optional(),
  answer: noteText,
  tips: noteTexts,
  steps: noteTexts.nullable(),
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
  /** The user renamed the deck in the library (re-imports keep that title). Absent in older exports. */
  titleCustom: z.boolean().optional(),
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
  ...fsrsNumbers,
  state: z.number().int().min(0).max(3),
  lastReview: isoOrNull,
  suspended: z.boolean(),
  lastRating: z.number().int().min(0).max(4),
  passedAt: isoOrNull,
  version: count,
});

const exportLog = z.object({
  id: z.string().min(1).max(100),
  cardId: z.string().min(1),
  rating: z.number().int().min(1).max(4),
  state: z.number().int().min(0).max(3),
  due: iso,
  stability: fsrsNumbers.stability,
  difficulty: fsrsNumbers.difficulty,
  elapsedDays: days,
  lastElapsedDays: days,
  scheduledDays: days,
  learningSteps: fsrsNumbers.learningSteps,
  reviewedAt: iso,
  // The grade route's bounds.
  durationMs: z.number().int().min(0).max(86_400_000),
  previousState: snapshotJson.nullable(),
  nextState: publicStateJson,
  studyDay,
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
  /** Follow-ups' own daily limit; absent in older exports (then the default). */
  followupsPerDay: z.number().int().optional(),
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

/** A settings row as exported, checked with the settings route's rules. */
const exportSettingsChecked = exportSettings.superRefine((row, ctx) => {
  // The settings route's rules, field by field, then the steps against the maximum interval.
  const input = { ...row, learningSteps: jsonOrNull(row.learningSteps), relearningSteps: jsonOrNull(row.relearningSteps) };
  const fields = settingsPatchSchema.safeParse(input);
  const issues = fields.success ? (schedulerSettingsSchema.safeParse(input).error?.issues ?? []) : fields.error.issues;
  for (const issue of issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
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
  settings: exportSettingsChecked.nullable(),
  decks: z.array(exportDeck),
  cardStates: z.array(exportState),
  reviewLogs: z.array(exportLog),
  studyDays: z.array(z.object({ day: studyDay, reviews: z.number().int().min(1).max(1_000_000) })),
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
