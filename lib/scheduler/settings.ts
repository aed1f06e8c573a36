import { z } from "zod";
import type { StepUnit } from "ts-fsrs";

/** A learning step as ts-fsrs accepts it: a positive number and m / h / d. */
const STEP_PATTERN = /^(?:\d+(?:\.\d+)?)[mhd]$/;

/** True when `tz` is an IANA zone this runtime's Intl knows (e.g. "Asia/Seoul"). */
export function isValidTimeZone(tz: string): boolean {
  if (!tz) return false;
  // Building an Intl.DateTimeFormat showed in the profile of every graded or
  // listed card (settings are parsed per request); a zone's validity never changes.
  if (validTimeZones.has(tz)) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: tz });
  } catch {
    return false;
  }
  if (validTimeZones.size < 1000) validTimeZones.add(tz);
  return true;
}
const validTimeZones = new Set<string>();

/** Longest step and longest interval a user may set: 100 years (ts-fsrs's own maximum interval). */
export const MAX_INTERVAL_DAYS = 36500;

/** A step like "10m" / "1.5h" / "2d" in minutes (NaN when malformed). */
export function stepMinutes(step: string): number {
  const unit = step.slice(-1);
  const value = Number.parseFloat(step);
  return value * (unit === "d" ? 1440 : unit === "h" ? 60 : unit === "m" ? 1 : Number.NaN);
}

const stepSchema = (field: string) =>
  z
    .string({ error: `${field}: each step must be a string like "10m"` })
    .regex(STEP_PATTERN, { error: `${field}: each step must look like "1m", "10m", "1h" or "1d"` })
    // "0m" matches the pattern but would make ts-fsrs skip the step silently.
    .refine((s) => Number.parseFloat(s) > 0, { error: `${field}: steps must be longer than zero` })
    // "99999999d" would overflow the Date the scheduler computes from it.
    .refine((s) => stepMinutes(s) <= MAX_INTERVAL_DAYS * 1440, { error: `${field}: each step must be at most ${MAX_INTERVAL_DAYS}d` })
    .transform((s) => s as StepUnit);

const stepsSchema = (field: string) =>
  z.array(stepSchema(field), { error: `${field} must be a list of steps` }).max(10, { error: `${field}: at most 10 steps` });

/**
 * Validates the scheduler part of a user's settings and fills defaults.
 * Every message starts with the field name so a form can show it as is;
 * the issue `path` names the field too.
 */
export const schedulerSettingsSchema = z.object({
  desiredRetention: z
    .number({ error: "desiredRetention must be a number" })
    .min(0.7, { error: "desiredRetention must be between 0.70 and 0.97" })
    .max(0.97, { error: "desiredRetention must be between 0.70 and 0.97" })
    .default(0.9),
  maximumInterval: z
    .number({ error: "maximumInterval must be a number" })
    .int({ error: "maximumInterval must be a whole number of days" })
    .min(1, { error: "maximumInterval must be between 1 and 36500 days" })
    .max(36500, { error: "maximumInterval must be between 1 and 36500 days" })
    .default(36500),
  learningSteps: stepsSchema("learningSteps").default(["1m", "10m"]),
  relearningSteps: stepsSchema("relearningSteps").default(["10m"]),
  timezone: z
    .string({ error: "timezone must be a string" })
    .refine(isValidTimeZone, { error: "timezone must be an IANA time zone such as Asia/Seoul" })
    .default("UTC"),
  dayStartHour: z
    .number({ error: "dayStartHour must be a number" })
    .int({ error: "dayStartHour must be a whole hour" })
    .min(0, { error: "dayStartHour must be between 0 and 23" })
    .max(23, { error: "dayStartHour must be between 0 and 23" })
    .default(4),
  newPerDay: z
    .number({ error: "newPerDay must be a number" })
    .int({ error: "newPerDay must be a whole number" })
    .min(0, { error: "newPerDay must be between 0 and 9999" })
    .max(9999, { error: "newPerDay must be between 0 and 9999" })
    .default(10),
}).superRefine((v, ctx) => {
  for (const field of ["learningSteps", "relearningSteps"] as const) {
    if (v[field].some((step) => stepMinutes(step) > v.maximumInterval * 1440)) {
      ctx.addIssue({ code: "custom", path: [field], message: `${field}: each step must be at most the maximum interval (${v.maximumInterval}d)` });
    }
  }
});

/**
 * Scheduler settings after validation (all fields present), plus the user's
 * active FSRS weights when they have applied optimised ones (absent = the
 * ts-fsrs defaults). `w` never comes from a settings form: it is set only by
 * applying a parameter set.
 */
export type SchedulerSettings = z.output<typeof schedulerSettingsSchema> & { w?: readonly number[] };
/** What a caller may pass in (fields optional, defaults applied on parse). */
export type SchedulerSettingsInput = z.input<typeof schedulerSettingsSchema>;

/** The defaults, as parsed from an empty object (single source of truth: the schema). */
export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = Object.freeze(
  schedulerSettingsSchema.parse({}),
);

/**
 * Parses untrusted input; throws a ZodError whose issues name the field.
 * Use `schedulerSettingsSchema.safeParse` for form validation.
 */
export function parseSchedulerSettings(input: unknown): SchedulerSettings {
  return schedulerSettingsSchema.parse(input);
}

/** The scheduler columns of the Prisma `Settings` row (steps are JSON strings there). */
export interface SettingsRowLike {
  desiredRetention: number;
  maximumInterval: number;
  learningSteps: string;
  relearningSteps: string;
  timezone: string;
  dayStartHour: number;
  newPerDay: number;
}

function parseJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    // null, not undefined: undefined would silently take the default.
    return null;
  }
}

/**
 * A stored `Settings` row → validated `SchedulerSettings`. A missing row
 * (`null`) yields the defaults. Throws (ZodError) if the row holds values
 * outside the allowed ranges, so a corrupt row is noticed, not silently used.
 */
export function settingsFromRow(row: SettingsRowLike | null | undefined): SchedulerSettings {
  if (!row) return { ...DEFAULT_SCHEDULER_SETTINGS };
  return schedulerSettingsSchema.parse({
    ...row,
    learningSteps: parseJson(row.learningSteps),
    relearningSteps: parseJson(row.relearningSteps),
  });
}

/** `SchedulerSettings` → the scheduler columns of a `Settings` row. */
export function settingsToRow(settings: SchedulerSettings): SettingsRowLike {
  return {
    desiredRetention: settings.desiredRetention,
    maximumInterval: settings.maximumInterval,
    learningSteps: JSON.stringify(settings.learningSteps),
    relearningSteps: JSON.stringify(settings.relearningSteps),
    timezone: settings.timezone,
    dayStartHour: settings.dayStartHour,
    newPerDay: settings.newPerDay,
  };
}
