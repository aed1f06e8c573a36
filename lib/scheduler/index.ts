/**
 * Rehearse scheduling core: pure functions over plain rows, no I/O and no
 * clock (`now` is always a parameter).
 */
export {
  cardFromRow,
  cardToRow,
  isGrade,
  reviewLogFromRow,
  reviewLogToRow,
  toFsrsGrade,
  type CardStateRow,
  type GradeValue,
  type ReviewLogRow,
} from "./fsrs-mapping";
export { formatIntervalDays, formatIntervalMinutes } from "./format-interval";
export {
  DEFAULT_SECONDS_PER_CARD,
  buildQueue,
  estimateMinutes,
  remainingCounts,
  type BuildQueueInput,
  type ParentStatus,
  type QueueCard,
  type QueueItem,
  type QueueKind,
  type RemainingCounts,
  type StudyQueue,
} from "./queue";
export {
  GRADES,
  createSeededFsrs,
  fsrsParameters,
  fuzzSeed,
  gradeCard,
  parseSnapshot,
  previewIntervals,
  progressAfterGrade,
  snapshotState,
  toSchedulerCard,
  type CardProgressFields,
  type GradeInput,
  type GradeResult,
  type IntervalPreview,
  type ScheduleInput,
  type StateSnapshot,
} from "./scheduler";
export {
  DEFAULT_SCHEDULER_SETTINGS,
  isValidTimeZone,
  parseSchedulerSettings,
  schedulerSettingsSchema,
  settingsFromRow,
  settingsToRow,
  type SchedulerSettings,
  type SchedulerSettingsInput,
  type SettingsRowLike,
} from "./settings";
export {
  addDays,
  daysBetween,
  endOfStudyDay,
  fromSchedulerTime,
  isDueToday,
  startOfStudyDay,
  startOfStudyDayFor,
  streak,
  studyDayOf,
  timeZoneOffsetMs,
  toSchedulerTime,
} from "./study-day";
