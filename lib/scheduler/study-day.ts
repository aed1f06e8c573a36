/**
 * The user's study day.
 *
 * ts-fsrs counts elapsed days between UTC calendar dates (`dateDiffInDays`).
 * A study day instead runs from `dayStartHour` local time to the same hour the
 * next local day, in the user's IANA zone. We bridge the two with a shifted
 * clock ("scheduler time"): the local wall-clock reading minus `dayStartHour`,
 * written down as if it were UTC. In scheduler time every study day starts at
 * exactly 00:00 UTC, so ts-fsrs' day counting becomes study-day counting,
 * including across DST changes (a 23 h or 25 h local day is still one day).
 *
 * Offsets come from Intl.DateTimeFormat, so no tz library is needed.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

// Building an Intl.DateTimeFormat is far slower than using one; queue building
// converts hundreds of dates per request.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * Offset of `timeZone` from UTC at instant `date`, in milliseconds
 * (Asia/Seoul → +9 h, America/New_York in winter → −5 h).
 */
export function timeZoneOffsetMs(date: Date, timeZone: string): number {
  const ms = date.getTime();
  // Since 1980 every zone's offset is a whole number of minutes and changes at a whole
  // minute (a local wall minute minus that offset), so it is constant within each UTC
  // minute: remember it per (zone, minute). A next card or a grade asks for it a dozen times.
  if (!(ms >= CACHE_FROM_MS)) return readOffsetMs(date, timeZone);
  const key = `${timeZone}|${Math.floor(ms / 60_000)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = readOffsetMs(date, timeZone);
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const CACHE_FROM_MS = Date.UTC(1980, 0, 1);
const MAX_OFFSETS = 20_000;
const offsets = new Map<string, number>();

/** {@link timeZoneOffsetMs} read from Intl, without the cache. */
export function readOffsetMs(date: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(date)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    // Some engines print midnight as "24" even with h23; treat it as 0.
    (parts.hour ?? 0) % 24,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  // Intl has no milliseconds; compare against the instant truncated to seconds.
  const truncated = date.getTime() - (((date.getTime() % 1000) + 1000) % 1000);
  return asUtc - truncated;
}

/**
 * The real instant whose local wall-clock reading in `timeZone` is `wallMs`
 * (a wall time encoded as UTC milliseconds).
 *
 * Like Temporal's "compatible" disambiguation: a repeated wall time (autumn
 * fall-back) resolves to the earlier instant; a skipped one (spring-forward
 * gap, e.g. 02:30 in New York on 2026-03-08) moves forward by the gap (03:30).
 */
function instantFromWallMs(wallMs: number, timeZone: string): number {
  // Real zones change offset at most once within a few days, so the offsets a
  // day and a half either side cover every candidate.
  const before = timeZoneOffsetMs(new Date(wallMs - 1.5 * DAY_MS), timeZone);
  const after = timeZoneOffsetMs(new Date(wallMs + 1.5 * DAY_MS), timeZone);
  const valid = [before, after]
    .map((offset) => wallMs - offset)
    .filter((t) => timeZoneOffsetMs(new Date(t), timeZone) === wallMs - t);
  if (valid.length > 0) return Math.min(...valid);
  // In a gap: read the wall time with the offset in force before the jump.
  return wallMs - before;
}

/** `YYYY-MM-DD` of a UTC-based millisecond value. */
function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The shifted clock handed to ts-fsrs: the local wall time in `timeZone`
 * minus `dayStartHour`, expressed as if UTC. Two instants on the same study
 * day map to the same UTC calendar date.
 */
export function toSchedulerTime(date: Date, timeZone: string, dayStartHour: number): Date {
  const ms = date.getTime();
  return new Date(ms + timeZoneOffsetMs(date, timeZone) - dayStartHour * HOUR_MS);
}

/**
 * Inverse of {@link toSchedulerTime}: a scheduler-time instant back to real
 * UTC (used to store due dates). Exact except inside a DST change, where a
 * skipped wall time moves forward and a repeated one takes the first instant.
 */
export function fromSchedulerTime(schedulerTime: Date, timeZone: string, dayStartHour: number): Date {
  return new Date(instantFromWallMs(schedulerTime.getTime() + dayStartHour * HOUR_MS, timeZone));
}

/** The study day (`YYYY-MM-DD`) containing `date`: 03:30 with dayStartHour 4 still belongs to yesterday. */
export function studyDayOf(date: Date, timeZone: string, dayStartHour: number): string {
  return isoDay(toSchedulerTime(date, timeZone, dayStartHour).getTime());
}

// A day's start depends only on (day, zone, hour) and costs several time-zone lookups;
// Today and the next card ask for it on every request. Bounded, oldest first out.
const MAX_STARTS = 5000;
const starts = new Map<string, number>();

/** Start (inclusive) of the study day `day` (`YYYY-MM-DD`): `dayStartHour`:00 local. */
export function startOfStudyDayFor(day: string, timeZone: string, dayStartHour: number): Date {
  const key = `${day}|${timeZone}|${dayStartHour}`;
  const known = starts.get(key);
  if (known !== undefined) return new Date(known);
  const midnight = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(midnight)) throw new RangeError(`Invalid study day: ${day}`);
  const start = fromSchedulerTime(new Date(midnight), timeZone, dayStartHour);
  if (starts.size >= MAX_STARTS) starts.delete(starts.keys().next().value as string);
  starts.set(key, start.getTime());
  return start;
}

/** Start (inclusive) of the study day containing `now`. */
export function startOfStudyDay(now: Date, timeZone: string, dayStartHour: number): Date {
  return startOfStudyDayFor(studyDayOf(now, timeZone, dayStartHour), timeZone, dayStartHour);
}

/**
 * End (exclusive) of the study day containing `now` = start of the next one.
 * "Due today" means `due < endOfStudyDay(now)`. Not always start + 24 h: DST
 * days are 23 h or 25 h long.
 */
export function endOfStudyDay(now: Date, timeZone: string, dayStartHour: number): Date {
  return startOfStudyDayFor(addDays(studyDayOf(now, timeZone, dayStartHour), 1), timeZone, dayStartHour);
}

/** True when `due` falls before the end of the study day containing `now` (overdue counts). */
export function isDueToday(due: Date, now: Date, timeZone: string, dayStartHour: number): boolean {
  return due.getTime() < endOfStudyDay(now, timeZone, dayStartHour).getTime();
}

/** Calendar arithmetic on `YYYY-MM-DD` strings (no time zone involved). */
export function addDays(day: string, days: number): string {
  const ms = Date.parse(`${day}T00:00:00Z`);
  if (Number.isNaN(ms)) throw new RangeError(`Invalid study day: ${day}`);
  return isoDay(ms + days * DAY_MS);
}

/** Whole study days from `from` to `to` (`YYYY-MM-DD`); negative if `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Current streak: consecutive study days with reviews, ending today, or
 * ending yesterday (today isn't lost until it is over). Input may be
 * unsorted and contain duplicates or future days; those are ignored.
 */
export function streak(studyDays: readonly string[], today: string): number {
  const days = new Set(studyDays);
  let cursor = days.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (days.has(cursor)) {
    count += 1;
    cursor = addDays(cursor, -1);
  }
  return count;
}
