import { describe, expect, it } from "vitest";
import {
  addDays,
  daysBetween,
  endOfStudyDay,
  fromSchedulerTime,
  isDueToday,
  readOffsetMs,
  startOfStudyDay,
  startOfStudyDayFor,
  streak,
  studyDayOf,
  timeZoneOffsetMs,
  toSchedulerTime,
} from "./study-day";

const HOUR = 3_600_000;
const d = (iso: string) => new Date(iso);
const SEOUL = "Asia/Seoul";
const NY = "America/New_York";
const BERLIN = "Europe/Berlin";

describe("time zone offsets (Intl)", () => {
  it.each([
    [SEOUL, "2026-11-24T00:00:00Z", 9],
    [NY, "2026-01-15T12:00:00Z", -5],
    [NY, "2026-07-15T12:00:00Z", -4],
    [NY, "2026-03-08T06:59:59Z", -5], // 01:59:59 EST, one second before the jump
    [NY, "2026-03-08T07:00:00Z", -4], // 03:00 EDT
    [BERLIN, "2026-03-29T00:59:59Z", 1],
    [BERLIN, "2026-03-29T01:00:00Z", 2],
    [BERLIN, "2026-10-25T00:59:59Z", 2],
    [BERLIN, "2026-10-25T01:00:00Z", 1],
    ["UTC", "2026-06-01T00:00:00Z", 0],
  ])("%s at %s is UTC%+d", (tz, iso, hours) => {
    expect(timeZoneOffsetMs(d(iso), tz)).toBe(hours * HOUR);
  });

  it("ignores milliseconds of the instant", () => {
    expect(timeZoneOffsetMs(d("2026-11-24T00:00:00.999Z"), SEOUL)).toBe(9 * HOUR);
  });

  it("remembers offsets per minute without ever disagreeing with Intl, around every 2026 transition", () => {
    // Half-hour and 45-minute zones, a 30-minute DST shift (Lord Howe), both hemispheres.
    const zones = [NY, BERLIN, "Australia/Lord_Howe", "Pacific/Chatham", "Asia/Kolkata", "America/St_Johns", "Asia/Tehran"];
    const start = Date.UTC(2026, 0, 1);
    let transitions = 0;
    for (const tz of zones) {
      let prev = readOffsetMs(new Date(start), tz);
      for (let t = start; t < Date.UTC(2027, 0, 1); t += 30 * 60_000) {
        const now = readOffsetMs(new Date(t), tz);
        expect(timeZoneOffsetMs(new Date(t), tz), `${tz} ${new Date(t).toISOString()}`).toBe(now);
        if (now !== prev) {
          transitions++;
          // Every second of the half hour before it, asked in an order that fills the cache from both ends of each minute.
          for (let s = t - 30 * 60_000; s <= t; s += 1000) {
            const at = new Date(s % 120_000 < 60_000 ? s : t - (s - (t - 30 * 60_000)));
            expect(timeZoneOffsetMs(at, tz), `${tz} ${at.toISOString()}`).toBe(readOffsetMs(at, tz));
          }
        }
        prev = now;
      }
    }
    expect(transitions).toBeGreaterThanOrEqual(8);
  });
});

describe("study day (Asia/Seoul, day starts 04:00)", () => {
  const early = d("2026-11-23T20:00:00Z"); // 2026-11-24 05:00 KST
  const late = d("2026-11-24T14:30:00Z"); // 2026-11-24 23:30 KST
  const night = d("2026-11-24T18:30:00Z"); // 2026-11-25 03:30 KST
  const next = d("2026-11-24T19:00:00Z"); // 2026-11-25 04:00 KST

  it("05:00, 23:30 and next 03:30 local are the same study day", () => {
    expect([early, late, night].map((t) => studyDayOf(t, SEOUL, 4))).toEqual(["2026-11-24", "2026-11-24", "2026-11-24"]);
  });

  it("they are 0 days apart on the scheduler clock", () => {
    const days = [early, late, night].map((t) => toSchedulerTime(t, SEOUL, 4).toISOString().slice(0, 10));
    expect(new Set(days)).toEqual(new Set(["2026-11-24"]));
  });

  it("crossing 04:00 local starts the next study day", () => {
    expect(studyDayOf(next, SEOUL, 4)).toBe("2026-11-25");
    expect(studyDayOf(new Date(next.getTime() - 1), SEOUL, 4)).toBe("2026-11-24");
  });

  it("scheduler time is local wall time minus the day-start hour, written as UTC", () => {
    expect(toSchedulerTime(early, SEOUL, 4).toISOString()).toBe("2026-11-24T01:00:00.000Z");
    expect(fromSchedulerTime(d("2026-11-24T01:00:00Z"), SEOUL, 4).toISOString()).toBe(early.toISOString());
  });

  it("start and end of the study day", () => {
    for (const t of [early, late, night]) {
      expect(startOfStudyDay(t, SEOUL, 4).toISOString()).toBe("2026-11-23T19:00:00.000Z");
      expect(endOfStudyDay(t, SEOUL, 4).toISOString()).toBe("2026-11-24T19:00:00.000Z");
    }
  });

  it("due today = due before the end of today's study day", () => {
    const now = d("2026-11-24T05:00:00Z"); // 14:00 KST
    expect(isDueToday(d("2026-11-24T18:59:59.999Z"), now, SEOUL, 4)).toBe(true);
    expect(isDueToday(d("2026-11-24T19:00:00.000Z"), now, SEOUL, 4)).toBe(false);
    expect(isDueToday(d("2026-11-01T00:00:00Z"), now, SEOUL, 4)).toBe(true); // overdue
    // At 03:30 the next morning it is still "today", with the same end.
    expect(isDueToday(d("2026-11-24T18:59:00Z"), night, SEOUL, 4)).toBe(true);
  });

  it("local midnight with dayStartHour 0", () => {
    expect(studyDayOf(d("2026-11-24T14:59:59Z"), SEOUL, 0)).toBe("2026-11-24"); // 23:59:59 KST
    expect(studyDayOf(d("2026-11-24T15:00:00Z"), SEOUL, 0)).toBe("2026-11-25"); // 00:00 KST
    expect(startOfStudyDay(d("2026-11-24T20:00:00Z"), SEOUL, 0).toISOString()).toBe("2026-11-24T15:00:00.000Z");
  });
});

describe("DST: every study day is one day, whatever its length", () => {
  it.each([
    // zone, day, dayStartHour, start, end, hours
    // With a 04:00 day start the 02:00 jump falls into the previous study day.
    [NY, "2026-03-07", 4, "2026-03-07T09:00:00.000Z", "2026-03-08T08:00:00.000Z", 23],
    [NY, "2026-03-08", 4, "2026-03-08T08:00:00.000Z", "2026-03-09T08:00:00.000Z", 24],
    [NY, "2026-10-31", 4, "2026-10-31T08:00:00.000Z", "2026-11-01T09:00:00.000Z", 25],
    [NY, "2026-11-01", 4, "2026-11-01T09:00:00.000Z", "2026-11-02T09:00:00.000Z", 24],
    [NY, "2026-03-08", 0, "2026-03-08T05:00:00.000Z", "2026-03-09T04:00:00.000Z", 23],
    [NY, "2026-11-01", 0, "2026-11-01T04:00:00.000Z", "2026-11-02T05:00:00.000Z", 25],
    [BERLIN, "2026-03-29", 4, "2026-03-29T02:00:00.000Z", "2026-03-30T02:00:00.000Z", 24], // jump at 02:00 is before 04:00
    [BERLIN, "2026-03-28", 4, "2026-03-28T03:00:00.000Z", "2026-03-29T02:00:00.000Z", 23],
    [BERLIN, "2026-10-24", 4, "2026-10-24T02:00:00.000Z", "2026-10-25T03:00:00.000Z", 25],
    [NY, "2026-06-01", 4, "2026-06-01T08:00:00.000Z", "2026-06-02T08:00:00.000Z", 24],
  ])("%s %s (start %dh)", (tz, day, hour, start, end, hours) => {
    const s = startOfStudyDayFor(day, tz, hour);
    expect(s.toISOString()).toBe(start);
    expect(endOfStudyDay(s, tz, hour).toISOString()).toBe(end);
    expect((Date.parse(end) - Date.parse(start)) / HOUR).toBe(hours);
    // Every instant of the day maps to it; the end belongs to the next day.
    expect(studyDayOf(s, tz, hour)).toBe(day);
    expect(studyDayOf(new Date(Date.parse(end) - 1), tz, hour)).toBe(day);
    expect(studyDayOf(d(end), tz, hour)).toBe(addDays(day, 1));
    // On the scheduler clock the day is exactly one UTC day.
    expect(toSchedulerTime(s, tz, hour).toISOString()).toBe(`${day}T00:00:00.000Z`);
    expect(toSchedulerTime(d(end), tz, hour).toISOString()).toBe(`${addDays(day, 1)}T00:00:00.000Z`);
  });

  it("a day start inside the spring-forward gap moves to the first real instant", () => {
    // 02:00 does not exist in New York on 2026-03-08; the day starts at 03:00 EDT.
    expect(startOfStudyDayFor("2026-03-08", NY, 2).toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });

  it("a repeated wall time resolves to the earlier instant", () => {
    // 01:00 happens twice in New York on 2026-11-01; the day starts at the first (EDT).
    expect(startOfStudyDayFor("2026-11-01", NY, 1).toISOString()).toBe("2026-11-01T05:00:00.000Z");
  });

  it("fromSchedulerTime inverts toSchedulerTime across spring-forward", () => {
    // Every 37 minutes through March–April 2026 (no repeated hour in this window).
    const start = Date.parse("2026-02-25T00:00:00Z");
    for (let t = start; t < start + 60 * 24 * HOUR; t += 37 * 60_000) {
      const real = new Date(t);
      expect(fromSchedulerTime(toSchedulerTime(real, NY, 4), NY, 4).getTime(), real.toISOString()).toBe(t);
    }
  });

  it("in the repeated hour both instants share a wall time; the inverse picks the first", () => {
    const first = d("2026-11-01T05:30:00Z"); // 01:30 EDT
    const second = d("2026-11-01T06:30:00Z"); // 01:30 EST
    expect(toSchedulerTime(first, NY, 4)).toEqual(toSchedulerTime(second, NY, 4));
    expect(fromSchedulerTime(toSchedulerTime(second, NY, 4), NY, 4)).toEqual(first);
  });
});

describe("day arithmetic and streak", () => {
  it("addDays / daysBetween cross months and leap years", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(daysBetween("2026-11-24", "2026-12-01")).toBe(7);
    expect(daysBetween("2026-12-01", "2026-11-24")).toBe(-7);
  });

  it.each([
    [["2026-11-22", "2026-11-23", "2026-11-24"], 3],
    [["2026-11-22", "2026-11-23"], 2], // today not studied yet: streak still alive
    [["2026-11-20", "2026-11-22", "2026-11-23", "2026-11-24"], 3],
    [["2026-11-24", "2026-11-22", "2026-11-24", "2026-11-23"], 3], // unsorted, duplicates
    [["2026-11-25", "2026-11-24"], 1], // a future day is ignored
    [["2026-11-21"], 0],
    [[], 0],
    [["2026-11-24"], 1],
  ])("streak(%j) = %d", (days, expected) => {
    expect(streak(days, "2026-11-24")).toBe(expected);
  });

  it("streak across a month boundary", () => {
    expect(streak(["2026-02-27", "2026-02-28", "2026-03-01"], "2026-03-01")).toBe(3);
  });
});

describe("startOfStudyDayFor, remembered", () => {
  it("answers the same start again, and a caller changing its Date does not change the next answer", () => {
    // 2026-03-08: New York springs forward at 02:00; the day starting at 04:00 local is 08:00 UTC.
    const first = startOfStudyDayFor("2026-03-08", "America/New_York", 4);
    expect(first.toISOString()).toBe("2026-03-08T08:00:00.000Z");
    first.setTime(0);
    expect(startOfStudyDayFor("2026-03-08", "America/New_York", 4).toISOString()).toBe("2026-03-08T08:00:00.000Z");
    expect(startOfStudyDayFor("2026-03-07", "America/New_York", 4).toISOString()).toBe("2026-03-07T09:00:00.000Z");
    expect(startOfStudyDayFor("2026-03-08", "Asia/Seoul", 4).toISOString()).toBe("2026-03-07T19:00:00.000Z");
  });
});
