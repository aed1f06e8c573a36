import "server-only";
import { executeSql, selectRows, toBool, toNum, type SqlPlan } from "@/lib/db/sql-plan";
import type { SchedulerSettings } from "@/lib/scheduler/settings";
import type { UserSettings } from "@/lib/settings/settings-schema";
import { readSettingsRow } from "./settings";
import type { SessionUser } from "./session-user";

/** What the hot paths need of a user's settings, read once per request. */
export interface RequestSettings {
  settings: UserSettings;
  /** The scheduling part with the user's applied FSRS weights (as getSchedulerSettings returns it). */
  scheduler: SchedulerSettings;
  /** Applied FSRS weights, or undefined for the defaults. */
  w: number[] | undefined;
  extraNew: { day: string; count: number };
}

const SETTINGS_SQL = `SELECT "desiredRetention", "newPerDay", "maximumInterval", "learningSteps", "relearningSteps", "timezone",
  "dayStartHour", "ttsVoice", "ttsRate", "targetAnswerSeconds", "saveTranscripts", "followupsPerDay", "extraNewDay", "extraNew"
  FROM "settings" WHERE "userId" = ?`;
const WEIGHTS_SQL = `SELECT "w" FROM "parameter_set" WHERE "userId" = ? AND "active" = true LIMIT 1`;
// The schema's defaults fill a missing row, as getSettings' upsert does on first use.
const CREATE_SQL = `INSERT INTO "settings" ("userId", "updatedAt") VALUES (?, ?) ON CONFLICT ("userId") DO NOTHING`;

type SettingsRow = Parameters<typeof readSettingsRow>[0] & { extraNewDay: string; extraNew: unknown };

// Parsing a row validates every field with zod (and the time zone with Intl): remember
// the result per row content. A changed row is a different key, so nothing goes stale.
const MAX_PARSED = 1000;
const parsed = new Map<string, UserSettings>();

function parseRow(row: SettingsRow, user: SessionUser): UserSettings {
  const { extraNewDay: _d, extraNew: _n, ...rest } = row;
  const clean = { ...rest, saveTranscripts: toBool(rest.saveTranscripts) };
  const key = JSON.stringify(clean);
  let settings = parsed.get(key);
  if (!settings) {
    settings = readSettingsRow(clean, user);
    if (parsed.size >= MAX_PARSED) parsed.delete(parsed.keys().next().value as string);
    parsed.set(key, settings);
  }
  // Callers may spread and adjust; never hand out the remembered arrays.
  return { ...settings, learningSteps: [...settings.learningSteps], relearningSteps: [...settings.relearningSteps] };
}

function parseWeights(json: string | undefined): number[] | undefined {
  if (json === undefined) return undefined;
  const w = JSON.parse(json) as unknown;
  return Array.isArray(w) && w.every((x) => typeof x === "number" && Number.isFinite(x)) ? w : undefined;
}

/** The user's settings, FSRS weights and custom-study extra, in two statements (a third on first use). */
export function* requestSettingsPlan(user: SessionUser): SqlPlan<RequestSettings> {
  let [row] = yield* selectRows<SettingsRow>(SETTINGS_SQL, user.id);
  if (!row) {
    yield* executeSql(CREATE_SQL, user.id, new Date());
    [row] = yield* selectRows<SettingsRow>(SETTINGS_SQL, user.id);
  }
  const settings = parseRow(row!, user);
  const [weights] = yield* selectRows<{ w: string }>(WEIGHTS_SQL, user.id);
  const w = parseWeights(weights?.w);
  const { ttsVoice: _v, ttsRate: _r, targetAnswerSeconds: _s, saveTranscripts: _t, followupsPerDay: _f, ...scheduler } = settings;
  return {
    settings,
    scheduler: w ? { ...scheduler, w } : scheduler,
    w,
    extraNew: { day: row!.extraNewDay ?? "", count: toNum(row!.extraNew) },
  };
}
