import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/scheduler/study-day";
import { answerPractice, type StatsAttempt } from "./answer-practice";

const TZ = "Asia/Seoul";
// 2026-11-24 14:00 KST: study day 2026-11-24 (day starts 04:00 KST).
const NOW = new Date("2026-11-24T05:00:00Z");

function attempt(iso: string, source: StatsAttempt["source"], coverage: number, syllablesPerMinute = 0, fillerCount = 0, durationMs = 30_000): StatsAttempt {
  return { createdAt: new Date(iso), source, coverage, syllablesPerMinute, fillerCount, durationMs };
}

describe("answerPractice", () => {
  it("groups attempts by study day in Asia/Seoul with the day starting at 04:00, pace and fillers from speech only", () => {
    const out = answerPractice(
      [
        attempt("2026-11-23T18:30:00Z", "speech", 0.5, 200, 2, 60_000), // 03:30 KST on the 24th: still study day 11-23
        attempt("2026-11-23T19:00:00Z", "speech", 0.8, 240, 1, 30_000), // 04:00 KST: study day 11-24
        attempt("2026-11-24T02:00:00Z", "typed", 0.6, 900, 0, 5_000), // typed: counted, but no pace or fillers
        attempt("2026-11-24T03:00:00Z", "speech", 1, 180, 0, 30_000),
        attempt("2026-10-25T18:00:00Z", "speech", 0.9, 150, 5, 60_000), // 03:00 KST 10-26 = study day 10-25: outside 30 days
        attempt("2026-10-25T19:00:00Z", "typed", 0.2), // 04:00 KST 10-26: first day of the range
        attempt("2026-11-24T19:30:00Z", "speech", 0.1, 100), // 04:30 KST 11-25: tomorrow, ignored
      ],
      NOW, TZ, 4, 30,
    );
    expect(out.days).toEqual([
      { day: "2026-10-26", attempts: 1, meanCoverage: 0.2, medianPace: null, fillersPerMinute: null },
      { day: "2026-11-23", attempts: 1, meanCoverage: 0.5, medianPace: 200, fillersPerMinute: 2 },
      { day: "2026-11-24", attempts: 3, meanCoverage: 0.8, medianPace: 210, fillersPerMinute: 1 },
    ]);
    expect(out.totals).toEqual({ attempts: 5, meanCoverage: 0.62, coverageTrend: { days: 1, first: 0.2, last: 0.8 } });
  });

  it("compares mean coverage of the first and last 7 study days with attempts", () => {
    // 15 practised days ending today: 0.1 on the first 7, 0.5 on the middle one, 0.9 on the last 7.
    const attempts = Array.from({ length: 15 }, (_, i) => {
      const day = addDays("2026-11-10", i);
      const coverage = i < 7 ? 0.1 : i === 7 ? 0.5 : 0.9;
      return attempt(`${day}T03:00:00Z`, "speech", coverage, 200 + i, 0, 60_000);
    });
    attempts.push(attempt("2026-11-24T04:00:00Z", "speech", 0.7, 300, 3, 60_000)); // two attempts on the last day
    const out = answerPractice(attempts, NOW, TZ, 4, 30);
    expect(out.days).toHaveLength(15);
    expect(out.days[14]).toEqual({ day: "2026-11-24", attempts: 2, meanCoverage: 0.8, medianPace: 257, fillersPerMinute: 1.5 });
    // Last 7 days: seven attempts at 0.9 and one at 0.7 = 7.0 / 8; all: (0.7 + 0.5 + 6.3 + 0.7) / 16 = 0.5125.
    expect(out.totals).toEqual({ attempts: 16, meanCoverage: 0.513, coverageTrend: { days: 7, first: 0.1, last: 0.875 } });
  });

  it("has no days, no mean and no trend without attempts", () => {
    expect(answerPractice([], NOW, TZ, 4, 90)).toEqual({ days: [], totals: { attempts: 0, meanCoverage: null, coverageTrend: null } });
  });
});
