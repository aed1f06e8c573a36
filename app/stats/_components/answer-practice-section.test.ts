import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { buildStatsReport } from "@/lib/stats/build-stats";
import type { StatsAttempt } from "@/lib/stats/answer-practice";
import { AnswerPracticeSection } from "./answer-practice-section";

const NOW = new Date("2026-11-24T05:00:00Z"); // 14:00 KST, study day 2026-11-24

function render(attempts: StatsAttempt[]) {
  const stats = buildStatsReport({ logs: [], cards: [], attempts, studyDays: [], now: NOW, settings: { timezone: "Asia/Seoul", dayStartHour: 4 }, range: 30 });
  return renderToStaticMarkup(createElement(AnswerPracticeSection, { stats, sectionClass: "" }));
}

describe("AnswerPracticeSection", () => {
  it("says where answers will appear when there are none, with no chart", () => {
    const html = render([]);
    expect(html).toContain(t.stats.answers.title);
    expect(html).toContain(t.stats.answers.empty);
    expect(html).not.toContain("<svg");
  });

  it("draws coverage bars and a pace line, with the same numbers in the table", () => {
    const at = (iso: string, source: StatsAttempt["source"], coverage: number, syllablesPerMinute: number): StatsAttempt =>
      ({ createdAt: new Date(iso), source, coverage, syllablesPerMinute, fillerCount: 2, durationMs: 60_000 });
    const html = render([at("2026-11-20T03:00:00Z", "speech", 0.5, 200), at("2026-11-24T03:00:00Z", "speech", 0.75, 240), at("2026-11-24T04:00:00Z", "typed", 1, 900)]);
    expect(html).toContain(t.stats.answers.summary(3, 2, 75, 30));
    expect(html).toContain(t.stats.answers.trend(1, 50, 88));
    expect(html.match(/<rect /g)).toHaveLength(2);
    expect(html).toContain("<polyline");
    expect(html).toContain(t.stats.chartTable);
    // 11-24: two answers, coverage (0.75 + 1) / 2, pace from the spoken one only, 2 fillers in 1 spoken minute.
    expect(html).toContain(`<th scope="row" class="py-1 pr-2 font-normal">2026-11-24</th><td class="pr-2">2</td><td class="pr-2">88%</td><td class="pr-2">240</td><td>2</td>`);
  });
});
