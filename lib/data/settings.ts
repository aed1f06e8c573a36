import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { prisma } from "@/lib/db/prisma";
import { settingsFromRow, settingsToRow, type SchedulerSettings } from "@/lib/scheduler/settings";
import type { SettingsPatch, UserSettings } from "@/lib/settings/settings-schema";
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
  followupsPerDay: true,
} as const;

/** The user's settings row, created with defaults on first use. */
async function loadRow(db: Db, user: SessionUser) {
  return db.settings.upsert({ where: { userId: user.id }, create: { userId: user.id }, update: {}, select: SELECT });
}

/** All of a user's settings, as the settings page and API show them. */
export async function getSettings(user: SessionUser, db: Db = prisma): Promise<UserSettings> {
  const row = await loadRow(db, user);
  const scheduler = settingsFromRow(row);
  return {
    ...scheduler,
    ttsVoice: row.ttsVoice,
    ttsRate: row.ttsRate,
    targetAnswerSeconds: row.targetAnswerSeconds,
    followupsPerDay: row.followupsPerDay,
  };
}

/** Just the scheduling part, for grading and queue building. */
export async function getSchedulerSettings(user: SessionUser, db: Db = prisma): Promise<SchedulerSettings> {
  return settingsFromRow(await loadRow(db, user));
}

/** Applies a validated partial update and returns the full settings. */
export async function updateSettings(user: SessionUser, patch: SettingsPatch): Promise<UserSettings> {
  const current = await getSettings(user);
  const merged = { ...current, ...patch };
  await prisma.settings.update({
    where: { userId: user.id },
    data: {
      ...settingsToRow(merged),
      ttsVoice: merged.ttsVoice,
      ttsRate: merged.ttsRate,
      targetAnswerSeconds: merged.targetAnswerSeconds,
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
