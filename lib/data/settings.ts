import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { ApiError } from "@/lib/http/api-error";
import { t } from "@/lib/i18n";
import { DEFAULT_SCHEDULER_SETTINGS, schedulerSettingsSchema, settingsToRow, type SchedulerSettings } from "@/lib/scheduler/settings";
import { settingsFieldErrors, settingsPatchSchema, type SettingsPatch, type UserSettings } from "@/lib/settings/settings-schema";
import { getActiveWeights } from "./active-weights";
import type { SessionUser } from "./session-user";

type Db = typeof prisma | Prisma.TransactionClient;

const SELECT = {
  desiredRetention: true,
  newPerDay: true,
  maximumInterval: true,
  learningSteps: true,
  relearningSteps: true,
  timezone: true,
  dayStartHour: true,
  ttsVoice: true,
  ttsRate: true,
  targetAnswerSeconds: true,
  saveTranscripts: true,
  followupsPerDay: true,
} as const;

/**
 * The user's settings row, created with defaults on first use. Read first:
 * an upsert is a write transaction (a WAL commit and, with synchronous=FULL,
 * an fsync) on every Today, next-card and grade request.
 */
async function loadRow(db: Db, user: SessionUser) {
  const row = await db.settings.findUnique({ where: { userId: user.id }, select: SELECT });
  return row ?? db.settings.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {}, select: SELECT });
}

const DEFAULTS: UserSettings = { ...DEFAULT_SCHEDULER_SETTINGS, ttsVoice: "", ttsRate: 1, targetAnswerSeconds: 0, saveTranscripts: false, followupsPerDay: 10 };
type Row = Awaited<ReturnType<typeof loadRow>>;

function parseJsonOrNull(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/**
 * A stored row → settings. A field that fails validation (a row written by
 * an older version, or by hand) falls back to its default, and the fall-back
 * is logged with the user and the fields, so the app keeps working and the
 * next save writes a valid row.
 */
export function readSettingsRow(row: Row, user: SessionUser): UserSettings {
  const input: Record<string, unknown> = { ...row, learningSteps: parseJsonOrNull(row.learningSteps), relearningSteps: parseJsonOrNull(row.relearningSteps) };
  const out: Record<string, unknown> = {};
  const bad: string[] = [];
  for (const [key, schema] of Object.entries(settingsPatchSchema.shape)) {
    const parsed = (schema as { safeParse(v: unknown): { success: boolean; data?: unknown } }).safeParse(input[key]);
    if (parsed.success) out[key] = parsed.data;
    else {
      out[key] = DEFAULTS[key as keyof UserSettings];
      bad.push(key);
    }
  }
  const settings = out as unknown as UserSettings;
  if (!schedulerSettingsSchema.safeParse(settings).success) {
    // Steps longer than the maximum interval: keep the interval, reset the steps.
    settings.learningSteps = [...DEFAULTS.learningSteps];
    settings.relearningSteps = [...DEFAULTS.relearningSteps];
    bad.push("learningSteps/relearningSteps");
  }
  if (bad.length > 0) console.error(`[settings] stored settings of user ${user.id} are invalid (${bad.join(", ")}); using defaults for those fields`);
  return settings;
}

/** All of a user's settings, as the settings page and API show them. */
export async function getSettings(user: SessionUser, db: Db = prisma): Promise<UserSettings> {
  return readSettingsRow(await loadRow(db, user), user);
}

/** Just the scheduling part, for grading and queue building, with the user's applied FSRS weights. */
export async function getSchedulerSettings(user: SessionUser, db: Db = prisma): Promise<SchedulerSettings> {
  const [settings, w] = await Promise.all([getSettings(user, db), getActiveWeights(user, db)]);
  const { ttsVoice: _v, ttsRate: _r, targetAnswerSeconds: _s, saveTranscripts: _t, followupsPerDay: _f, ...scheduler } = settings;
  return w ? { ...scheduler, w } : scheduler;
}

/**
 * Applies a validated partial update and returns the full settings. The
 * whole result is checked again (steps must fit the maximum interval), and a
 * stored row that was invalid is replaced by a valid one.
 */
export async function updateSettings(user: SessionUser, patch: SettingsPatch): Promise<UserSettings> {
  const current = await getSettings(user);
  const merged = { ...current, ...patch };
  const checked = schedulerSettingsSchema.safeParse(merged);
  if (!checked.success) throw new ApiError(400, "validation", t.apiErrors.validation, settingsFieldErrors(checked.error));
  await prisma.settings.update({
    where: { userId: user.id },
    data: {
      ...settingsToRow(merged),
      ttsVoice: merged.ttsVoice,
      ttsRate: merged.ttsRate,
      targetAnswerSeconds: merged.targetAnswerSeconds,
      saveTranscripts: merged.saveTranscripts,
      followupsPerDay: merged.followupsPerDay,
    },
  });
  return merged;
}

/** Custom study's extra new cards: how many, and for which study day. */
export async function getExtraNew(user: SessionUser): Promise<{ day: string; count: number }> {
  const row = await prisma.settings.findUnique({ where: { userId: user.id }, select: { extraNewDay: true, extraNew: true } });
  return { day: row?.extraNewDay ?? "", count: row?.extraNew ?? 0 };
}
