import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import type { UserExport } from "@/lib/export/export-schema";
import { historyToExport, shiftHistory } from "@/lib/simulator/history-export";
import { drawLearnerWeights, simulateHistory } from "@/lib/simulator/simulate-history";
import { startOfStudyDay, studyDayOf } from "@/lib/scheduler/study-day";

// Statistics and per-user optimisation, end to end: histories are loaded
// through the export/restore format, as a user moving accounts would.
const TZ = "Asia/Seoul";
const DAY = 86_400_000;

async function signUp(page: Page, baseURL: string, prefix: string) {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await page.request.post("/api/v1/auth/signup", { data: { email, password: "stats-Passw0rd!-long", timezone: TZ }, headers: { Origin: baseURL } });
  expect(res.status()).toBe(201);
}

async function restore(request: APIRequestContext, baseURL: string, data: UserExport) {
  const res = await request.post("/api/v1/export/restore", { data, headers: { Origin: baseURL } });
  expect(res.status(), await res.text()).toBe(200);
}

/** One review-state grade in the export format, at `at`, with the interval it had before. */
function reviewLog(id: string, cardId: string, at: Date, rating: number, scheduledDays: number, state = 2) {
  const iso = at.toISOString();
  const snapshot = JSON.stringify({ due: iso, stability: 10, difficulty: 5, elapsedDays: scheduledDays, scheduledDays: 10, learningSteps: 0, reps: 3, lapses: 0, state: 2, lastReview: iso });
  return {
    id, cardId, rating, state, due: iso, stability: 10, difficulty: 5, elapsedDays: scheduledDays, lastElapsedDays: 0, scheduledDays, learningSteps: 0,
    reviewedAt: iso, durationMs: 30_000, previousState: state === 0 ? null : snapshot, nextState: snapshot, studyDay: studyDayOf(at, TZ, 4), undoneAt: null, createdAt: iso,
  };
}

test("the true retention table shows the numbers of a hand-made history", async ({ page, baseURL }) => {
  await signUp(page, baseURL!, "stats");
  const now = new Date();
  const start = startOfStudyDay(now, TZ, 4).getTime();
  const today = new Date(start + (now.getTime() - start) / 2);
  const daysAgo = (n: number) => new Date(start - n * DAY + 12 * 3_600_000);
  const cards = ["a", "b", "c", "d", "e", "f", "g", "h", "i"];
  const logs = [
    reviewLog("l1", "a", today, 3, 5), // today, young, pass
    reviewLog("l2", "a", new Date(today.getTime() + 1000), 1, 5), // same card, same day: not counted
    reviewLog("l3", "b", today, 1, 30), // today, mature, fail
    reviewLog("l4", "c", daysAgo(1), 3, 25), // yesterday, mature, pass
    reviewLog("l5", "d", daysAgo(1), 1, 3), // yesterday, young, fail
    reviewLog("l6", "e", daysAgo(5), 4, 10), // this week, young, pass
    reviewLog("l7", "f", daysAgo(20), 2, 40), // this month, mature, pass (Hard passes)
    reviewLog("l8", "g", daysAgo(200), 1, 60), // this year, mature, fail
    reviewLog("l9", "h", daysAgo(400), 3, 100), // all time only, mature, pass
    reviewLog("l10", "i", today, 3, 0, 0), // a new card's first grade: not a review
  ];
  const data: UserExport = {
    format: "rehearse-export", version: 1, exportedAt: now.toISOString(), settings: null,
    decks: [{
      id: "deck-hand", slug: "hand-made", title: "손으로 만든 덱", description: "", tags: [], sources: [], sourcePath: "", markdown: "", contentHash: "", createdAt: daysAgo(500).toISOString(),
      cards: cards.map((id, position) => ({ id, key: id, kind: "qa" as const, prompt: `질문 ${id}`, answer: `답변 ${id}`, tips: [], steps: null, parentKey: null, sources: [], lineStart: 0, lineEnd: 0, position, archivedAt: null, createdAt: daysAgo(500).toISOString() })),
    }],
    cardStates: cards.map((cardId) => ({
      cardId, due: new Date(now.getTime() + 5 * DAY).toISOString(), stability: 10, difficulty: 5, elapsedDays: 0, scheduledDays: 5, learningSteps: 0, reps: 3, lapses: 0, state: 2,
      lastReview: today.toISOString(), suspended: false, lastRating: 3, passedAt: today.toISOString(), version: 3,
    })),
    reviewLogs: logs,
    studyDays: [],
  };
  await restore(page.request, baseURL!, data);

  await page.goto("/stats");
  await expect(page.getByRole("heading", { level: 1, name: "통계" })).toBeVisible();
  // Expected values, counted by hand from the list above.
  const expected: Record<string, [number, number, string, number, number, string, number, number, string]> = {
    today: [1, 0, "100.0%", 0, 1, "0.0%", 1, 1, "50.0%"],
    yesterday: [0, 1, "0.0%", 1, 0, "100.0%", 1, 1, "50.0%"],
    week: [2, 1, "66.7%", 1, 1, "50.0%", 3, 2, "60.0%"],
    month: [2, 1, "66.7%", 2, 1, "66.7%", 4, 2, "66.7%"],
    year: [2, 1, "66.7%", 2, 2, "50.0%", 4, 3, "57.1%"],
    all: [2, 1, "66.7%", 3, 2, "60.0%", 5, 3, "62.5%"],
  };
  for (const [period, v] of Object.entries(expected)) {
    const row = page.getByTestId(`retention-${period}`);
    await expect(row.getByRole("cell")).toHaveText(v.map(String));
  }
  await expect(page.getByTestId("count-mature")).toHaveText("0");
  await expect(page.getByTestId("count-young")).toHaveText("9");
  await expect(page.getByTestId("streak")).toContainText("연속 2일째");

  // The deck filter and the API agree with the page.
  const api = await page.request.get("/api/v1/stats?range=30");
  const { stats } = await api.json();
  expect(stats.retention[0].all).toEqual({ pass: 1, fail: 1, retention: 0.5 });

  // Too little history to optimise: the settings say how many reviews are missing.
  await page.goto("/settings");
  await page.getByRole("button", { name: "내 기록으로 최적화" }).click();
  await expect(page.getByText("하루 이상 간격을 둔 복습이 400회 더 필요합니다.")).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("optimising a 2,500-review history: before/after, apply, revert, and the next interval follows", async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  await signUp(page, baseURL!, "optimize");
  const settings = { desiredRetention: 0.9, maximumInterval: 36500, learningSteps: ["1m", "10m"] as const, relearningSteps: ["10m"] as const, timezone: TZ, dayStartHour: 4, newPerDay: 12 };
  const history = simulateHistory({ seed: 11, trueW: drawLearnerWeights(11, 0.7), reviews: 2500, newPerDay: 12, start: new Date("2026-01-05T00:00:00Z"), settings: { ...settings, learningSteps: ["1m", "10m"], relearningSteps: ["10m"] }, cardPrefix: "s11" });
  // Move it so that it ends yesterday.
  const now = new Date();
  const lastDay = Math.floor((history[history.length - 1]!.reviewedAt.getTime() - Date.parse("2026-01-05T00:00:00Z")) / DAY);
  const shift = Math.floor((startOfStudyDay(now, TZ, 4).getTime() - Date.parse("2026-01-05T00:00:00Z")) / DAY) - lastDay - 1;
  await restore(page.request, baseURL!, historyToExport(shiftHistory(history, shift), { timezone: TZ, dayStartHour: 4, exportedAt: now }));

  type Next = { card: { id: string; version: number } | null; intervals: Record<string, { due: string }> };
  const next = async () => (await (await page.request.get("/api/v1/study/next")).json()) as Next;
  const intervals = async () => (await next()).intervals;
  // The queue serves learning and relearning steps first, and their Easy is a short-term interval
  // the weights may not move. Grade them Good until the head is a review with a long-term Easy.
  let head = await next();
  for (let i = 0; i < 100 && head.card && Date.parse(head.intervals["4"]!.due) - Date.now() < 7 * DAY; i++) {
    const data = { id: crypto.randomUUID(), cardId: head.card.id, rating: 3, durationMs: 20_000, version: head.card.version };
    expect((await page.request.post("/api/v1/reviews", { data, headers: { Origin: baseURL! } })).status()).toBe(201);
    head = await next();
  }
  expect(Date.parse(head.intervals["4"]!.due) - Date.now()).toBeGreaterThanOrEqual(7 * DAY);
  const before = head.intervals;

  await page.goto("/settings");
  await expect(page.getByTestId("active-parameters")).toHaveText("지금은 FSRS 기본값을 쓰고 있습니다.");
  await expect(page.getByTestId("workload-estimate")).toContainText(/목표 기억률 90%: 약 \d+분\/일/);
  await page.getByRole("button", { name: "내 기록으로 최적화" }).click();
  const result = page.getByTestId("optimize-result");
  await expect(result).toBeVisible({ timeout: 60_000 });
  const loss = async (id: string) => Number(await page.getByTestId(id).textContent());
  expect(await loss("logloss-after")).toBeLessThan(await loss("logloss-before"));
  await expect(page.getByTestId("optimize-sentence")).toContainText("더 정확히 예측했습니다");

  await page.getByRole("checkbox", { name: "기존 카드의 일정도 새 값으로 다시 계산" }).check();
  await expect(page.getByTestId("reschedule-preview")).toContainText("오늘 복습할 카드가");
  await page.getByRole("checkbox", { name: "기존 카드의 일정도 새 값으로 다시 계산" }).uncheck();
  await page.getByRole("button", { name: "새 값 적용" }).click();
  await expect(page.getByText("새 값을 적용했습니다.")).toBeVisible();
  const applied = await intervals();
  // Same card, new weights: Easy (a long-term interval) lands elsewhere.
  const gap = (a: { due: string }, b: { due: string }) => Math.abs(Date.parse(a.due) - Date.parse(b.due));
  expect(gap(applied["4"]!, before["4"]!)).toBeGreaterThanOrEqual(DAY);

  await page.getByRole("button", { name: "기본값으로 되돌리기" }).click();
  await expect(page.getByText("기본값으로 되돌렸습니다.")).toBeVisible();
  // Back on the defaults, the same day as at first (minutes apart, since the calls are).
  expect(gap((await intervals())["4"]!, before["4"]!)).toBeLessThan(10 * 60_000);
});
