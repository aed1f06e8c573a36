import { z } from "zod";
import { schedulerSettingsSchema } from "@/lib/scheduler/settings";

const s = schedulerSettingsSchema.shape;

/** Korean message per field, shown next to the field and in the API's `fields`. */
export const SETTINGS_FIELD_MESSAGES = {
  desiredRetention: "목표 기억률은 0.70에서 0.97 사이여야 합니다.",
  newPerDay: "하루 새 카드 수는 0에서 9999 사이의 정수여야 합니다.",
  maximumInterval: "최대 간격은 1일에서 36500일 사이의 정수여야 합니다.",
  learningSteps: "학습 단계는 1m, 10m, 1h, 1d 같은 형식으로 최대 10개까지, 각 단계는 최대 간격 이하로 입력해 주세요.",
  relearningSteps: "재학습 단계는 1m, 10m, 1h, 1d 같은 형식으로 최대 10개까지, 각 단계는 최대 간격 이하로 입력해 주세요.",
  timezone: "올바른 시간대(예: Asia/Seoul)를 선택해 주세요.",
  dayStartHour: "하루 시작 시각은 0에서 23 사이의 정수여야 합니다.",
  ttsVoice: "음성 이름은 200자 이하여야 합니다.",
  ttsRate: "읽기 속도는 0.5에서 2 사이여야 합니다.",
  targetAnswerSeconds: "목표 답변 길이는 0(자동)에서 600초 사이의 정수여야 합니다.",
  saveTranscripts: "답변 기록 저장은 켜기 또는 끄기여야 합니다.",
  followupsPerDay: "하루 꼬리 질문 수는 0에서 9999 사이의 정수여야 합니다.",
} as const;

export type SettingsField = keyof typeof SETTINGS_FIELD_MESSAGES;

/**
 * A partial settings update. Scheduler ranges come from the scheduler's own
 * schema (one source of truth); read-aloud and answer-length fields are ours.
 */
export const settingsPatchSchema = z
  .object({
    desiredRetention: s.desiredRetention.unwrap(),
    newPerDay: s.newPerDay.unwrap(),
    maximumInterval: s.maximumInterval.unwrap(),
    learningSteps: s.learningSteps.unwrap(),
    relearningSteps: s.relearningSteps.unwrap(),
    timezone: s.timezone.unwrap(),
    dayStartHour: s.dayStartHour.unwrap(),
    ttsVoice: z.string().max(200),
    ttsRate: z.number().min(0.5).max(2),
    targetAnswerSeconds: z.number().int().min(0).max(600),
    saveTranscripts: z.boolean(),
    followupsPerDay: z.number().int().min(0).max(9999),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export interface UserSettings extends Required<SettingsPatch> {}

/** Field → Korean message for every field a failed parse names. */
export function settingsFieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "");
    if (key in SETTINGS_FIELD_MESSAGES) fields[key] = SETTINGS_FIELD_MESSAGES[key as SettingsField];
    else if (issue.code === "unrecognized_keys") for (const k of issue.keys) fields[k] = "알 수 없는 설정 항목입니다.";
    else fields[key || "body"] = "설정 값을 확인해 주세요.";
  }
  return fields;
}
