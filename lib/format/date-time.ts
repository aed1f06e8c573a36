/**
 * Dates for the Korean UI, in the user's timezone, identical on the server
 * and in the browser. Built from numeric parts because ICU's ko-KR data
 * differs between runtimes (recent ICU prints "AM"/"PM"): the day period is
 * always 오전/오후 here.
 */

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "2-digit",
      hourCycle: "h23",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

function fields(date: Date, timeZone: string) {
  const out: Record<string, number> = {};
  for (const p of partsIn(timeZone).formatToParts(date)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return { year: out.year!, month: out.month!, day: out.day!, hour: out.hour! % 24, minute: out.minute! };
}

/** "2026. 11. 24." in `timeZone`. */
export function formatKoreanDate(date: Date | string, timeZone: string): string {
  const { year, month, day } = fields(new Date(date), timeZone);
  return `${year}. ${month}. ${day}.`;
}

/** "오전 10:05" / "오후 3:40" in `timeZone` (12 o'clock: 오전 12:00 is midnight, 오후 12:00 noon). */
export function formatKoreanTime(date: Date | string, timeZone: string): string {
  const { hour, minute } = fields(new Date(date), timeZone);
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return `${hour < 12 ? "오전" : "오후"} ${h12}:${String(minute).padStart(2, "0")}`;
}

/** "2026. 11. 24. 오후 3:40" in `timeZone`. */
export function formatKoreanDateTime(date: Date | string, timeZone: string): string {
  return `${formatKoreanDate(date, timeZone)} ${formatKoreanTime(date, timeZone)}`;
}
