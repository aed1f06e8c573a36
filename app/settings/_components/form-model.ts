import type { UserSettings } from "@/lib/client/types";
import { t } from "@/lib/i18n";
import { settingsFieldErrors, settingsPatchSchema } from "@/lib/settings/settings-schema";

/** Form state: what the inputs hold (text for typed numbers so a half-typed value is not coerced). */
export interface FormValues {
  desiredRetention: number;
  newPerDay: string;
  maximumInterval: string;
  learningSteps: string;
  relearningSteps: string;
  timezone: string;
  dayStartHour: string;
  ttsVoice: string;
  ttsRate: number;
  targetAnswerSeconds: string;
  saveTranscripts: boolean;
  followupsPerDay: string;
}

export type FieldName = keyof UserSettings;
export type FieldErrors = Partial<Record<FieldName, string>>;

export function toForm(s: UserSettings): FormValues {
  return {
    desiredRetention: s.desiredRetention,
    newPerDay: String(s.newPerDay),
    maximumInterval: String(s.maximumInterval),
    learningSteps: s.learningSteps.join(" "),
    relearningSteps: s.relearningSteps.join(" "),
    timezone: s.timezone,
    dayStartHour: String(s.dayStartHour),
    ttsVoice: s.ttsVoice,
    ttsRate: s.ttsRate,
    targetAnswerSeconds: String(s.targetAnswerSeconds),
    saveTranscripts: s.saveTranscripts,
    followupsPerDay: String(s.followupsPerDay ?? 10),
  };
}

const splitSteps = (text: string) => text.split(/[\s,]+/).filter(Boolean);

function int(text: string): number | null {
  return /^\s*\d+\s*$/.test(text) ? Number(text) : null;
}

/**
 * Only the fields that changed, so a save never overwrites something another
 * tab changed meanwhile. Range rules stay on the server (one source of truth);
 * here we only catch what is not a number at all.
 */
export function toPatch(v: FormValues, saved: UserSettings): { patch: Partial<UserSettings>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const patch: Partial<UserSettings> = {};
  const ints = ["newPerDay", "maximumInterval", "dayStartHour", "targetAnswerSeconds", "followupsPerDay"] as const;
  for (const key of ints) {
    const n = int(v[key]);
    if (n === null) errors[key] = t.settings.integerRequired;
    else if (n !== saved[key]) patch[key] = n;
  }
  if (v.desiredRetention !== saved.desiredRetention) patch.desiredRetention = v.desiredRetention;
  if (v.ttsRate !== saved.ttsRate) patch.ttsRate = v.ttsRate;
  if (v.timezone !== saved.timezone) patch.timezone = v.timezone;
  if (v.ttsVoice !== saved.ttsVoice) patch.ttsVoice = v.ttsVoice;
  if (v.saveTranscripts !== saved.saveTranscripts) patch.saveTranscripts = v.saveTranscripts;
  for (const key of ["learningSteps", "relearningSteps"] as const) {
    const steps = splitSteps(v[key]);
    if (steps.join(" ") !== saved[key].join(" ")) patch[key] = steps;
  }
  // Every invalid field at once, with the server's own rules and messages (not just the first one).
  const checked = settingsPatchSchema.safeParse(patch);
  if (!checked.success) for (const [k, m] of Object.entries(settingsFieldErrors(checked.error))) errors[k as FieldName] ??= m;
  return { patch, errors };
}

/** Server field keys may be paths ("learningSteps.1"); errors show on the top-level field. */
export function serverFieldErrors(fields: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(fields)) {
    const key = path.split(/[.[]/)[0] as FieldName;
    out[key] ??= message;
  }
  return out;
}
