import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page, type Response } from "@playwright/test";
import { signUpThroughForm } from "./support/new-user";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/**
 * Playwright cannot speak: a fake SpeechRecognition (installed before any
 * page script) "hears" the phrases in window.__phrases and records how it was
 * configured, so the test can check that recognition ran on the device.
 */
async function fakeRecognition(page: Page, phrases: string[]) {
  await page.addInitScript((said: string[]) => {
    type Result = { isFinal: boolean; 0: { transcript: string } };
    const w = window as unknown as Record<string, unknown> & { __recognitions: { lang: string; processLocally: boolean }[] };
    w.__recognitions = [];
    class FakeRecognition {
      static available() {
        return Promise.resolve("available");
      }
      static install() {
        return Promise.resolve(true);
      }
      lang = "";
      continuous = false;
      interimResults = false;
      processLocally = false;
      onresult: ((e: { results: Result[] }) => void) | null = null;
      onerror: ((e: { error: string }) => void) | null = null;
      onend: (() => void) | null = null;
      private timer = 0;
      start() {
        w.__recognitions.push({ lang: this.lang, processLocally: this.processLocally });
        const results: Result[] = [];
        let i = 0;
        this.timer = window.setInterval(() => {
          if (i >= said.length) return window.clearInterval(this.timer);
          results.push({ isFinal: true, 0: { transcript: said[i++]! } });
          this.onresult?.({ results: [...results] });
        }, 50);
      }
      stop() {
        window.clearInterval(this.timer);
        window.setTimeout(() => this.onend?.(), 20);
      }
      abort() {
        this.stop();
      }
    }
    w.SpeechRecognition = FakeRecognition;
    w.webkitSpeechRecognition = FakeRecognition;
  }, phrases);
}

/** A browser with no speech recognition at all. */
async function noRecognition(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    delete w.SpeechRecognition;
    delete w.webkitSpeechRecognition;
  });
}


const isAttemptPost = (r: Response) => /\/api\/v1\/cards\/[^/]+\/attempts$/.test(new URL(r.url()).pathname) && r.request().method() === "POST";
const isReviewPost = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews" && r.request().method() === "POST";

/** Grades the card on screen (revealing it first) until the prompt matches `prompt`. */
async function skipTo(page: Page, prompt: RegExp) {
  const heading = page.getByRole("article").getByRole("heading", { level: 2 });
  for (let i = 0; i < 6 && !prompt.test((await heading.textContent()) ?? ""); i++) {
    // Read the prompt before grading: the next card may already be on screen when the grade's response arrives.
    const gradedPrompt = ((await heading.textContent()) ?? "").trim();
    await page.getByRole("button", { name: /^(답 보기|모두 보기)/ }).first().click();
    const graded = page.waitForResponse(isReviewPost);
    await page.getByRole("button", { name: /^알맞음/ }).click();
    expect((await graded).status()).toBe(201);
    await expect(heading).not.toHaveText(gradedPrompt);
  }
  await expect(heading).toHaveText(prompt);
}

test("speaking the 3-way handshake with two of three steps: coverage, the missed step, fillers, a suggested grade to confirm", async ({ page }) => {
  test.setTimeout(120_000); // two axe scans on top of the flow
  await fakeRecognition(page, [
    "음 먼저 클라이언트가 서버로 접속을 요청하는 신을 보내고",
    "어 SYN_SENT 상태가 됩니다",
    "그 다음에 이제 클라이언트가 애크를 보내고 ESTABLISHED 상태가 되면서 연결이 이루어집니다",
  ]);
  await signUpThroughForm(page, "speak");
  await page.goto("/study?deck=builtin-tcp-handshake");
  await skipTo(page, /TCP 3 way handshake의 과정/);

  const card = page.getByRole("article");
  await expect(card.getByText("기기 안에서 음성을 인식합니다")).toBeVisible();
  await card.getByRole("button", { name: "말하기로 답하기" }).click();
  await expect(card.getByText("ESTABLISHED 상태가 되면서")).toBeVisible(); // the live transcript
  const posted = page.waitForResponse(isAttemptPost);
  await card.getByRole("button", { name: "답변 끝내기" }).click();
  const res = await posted;
  expect(res.status()).toBe(201);
  const body = (await res.request().postDataJSON()) as { transcript: string; source: string };
  expect(body.source).toBe("speech");
  expect(body.transcript).toContain("신을 보내고");
  expect(await page.evaluate(() => (window as unknown as { __recognitions: unknown[] }).__recognitions)).toEqual([{ lang: "ko-KR", processLocally: true }]);

  const analysis = card.getByRole("region", { name: "답변 분석" });
  await expect(analysis.getByTestId("attempt-coverage")).toHaveText("핵심 2/3개 (67%)");
  const missed = analysis.getByRole("list", { name: "빠진 핵심" });
  await expect(missed.getByRole("listitem")).toHaveCount(1);
  await expect(missed).toContainText("SYN+ACK");
  await expect(analysis.getByTestId("attempt-stats")).toContainText("군말 4회");
  await expect(analysis.getByTestId("attempt-stats")).toContainText("음 1, 어 1, 그 1, 이제 1");
  await expect(analysis.getByTestId("attempt-transcript").locator("mark").first()).toHaveText("클라이언트가");
  await expect(analysis.getByTestId("attempt-suggestion")).toContainText("어려움");
  // The take was recorded (fake microphone) and is replayed beside the model answer.
  await expect(analysis.locator("audio")).toHaveCount(1);
  expect(await seriousViolations(page)).toEqual([]);

  // The suggestion is marked on its button; nothing is graded until the user confirms.
  const grades = card.getByRole("group", { name: "얼마나 잘 답했나요?" });
  const suggested = grades.getByRole("button", { name: /어려움.*\(추천\)$/ });
  await expect(suggested).toBeVisible();
  await expect(grades.getByRole("button", { name: /\(추천\)$/ })).toHaveCount(1);
  const graded = page.waitForResponse(isReviewPost);
  await suggested.click();
  const review = await graded;
  expect(review.status()).toBe(201);
  expect(review.request().postDataJSON()).toMatchObject({ rating: 2 });

  // The card page lists the attempt.
  const cardId = new URL(res.url()).pathname.split("/")[4]!;
  await page.goto(`/library/cards/${cardId}`);
  const history = page.getByTestId("attempt-history");
  await expect(history.getByRole("row")).toHaveCount(2);
  await expect(history).toContainText("67% (2/3)");
  await expect(history).toContainText("말하기");
  expect(await seriousViolations(page)).toEqual([]);
});

test("typing an answer gets the same analysis", async ({ page }) => {
  await fakeRecognition(page, []);
  await signUpThroughForm(page, "typed");
  await page.goto("/study?deck=builtin-tcp-handshake");
  await skipTo(page, /TCP 3 way handshake의 과정/);
  const card = page.getByRole("article");
  await card.getByRole("button", { name: "입력해서 답하기" }).click();
  await card.getByLabel("답변 입력").fill(
    "클라이언트가 서버로 접속을 요청하는 SYN을 보내고 SYN_SENT 상태가 됩니다. 서버는 SYN을 수신하고 SYN+ACK를 응답으로 전송하며 SYN_RECEIVED 상태가 됩니다. 클라이언트가 ACK를 보내고 ESTABLISHED 상태가 됩니다.",
  );
  const posted = page.waitForResponse(isAttemptPost);
  await card.getByRole("button", { name: "분석하기" }).click();
  expect((await (await posted).request().postDataJSON()).source).toBe("typed");
  const analysis = card.getByRole("region", { name: "답변 분석" });
  await expect(analysis.getByTestId("attempt-coverage")).toHaveText("핵심 3/3개 (100%)");
  await expect(analysis.getByText("빠진 핵심이 없습니다.")).toBeVisible();
  await expect(analysis.getByTestId("attempt-stats")).toContainText("입력한 답변");
  await expect(card.getByRole("group", { name: "얼마나 잘 답했나요?" }).getByRole("button", { name: /\(추천\)$/ })).toHaveCount(1);
});

test("without speech recognition: said once, recording, typing and self-grading still work", async ({ page }) => {
  await noRecognition(page);
  await signUpThroughForm(page, "norec");
  await page.goto("/study?deck=builtin-tcp-handshake");
  const card = page.getByRole("article");
  await expect(card.getByText("이 브라우저에서는 음성 인식을 쓸 수 없습니다.")).toBeVisible();
  await expect(card.getByRole("button", { name: "말하기로 답하기" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: /^녹음/ })).toBeEnabled();
  await expect(card.getByRole("button", { name: "입력해서 답하기" })).toBeVisible();

  // Self-grading as before, and the notice is not repeated on the next card.
  const heading = card.getByRole("heading", { level: 2 });
  const first = (await heading.textContent())!;
  await card.getByRole("button", { name: /^답 보기/ }).click();
  const graded = page.waitForResponse(isReviewPost);
  await card.getByRole("button", { name: /^알맞음/ }).click();
  expect((await graded).status()).toBe(201);
  await expect(heading).not.toHaveText(first);
  await expect(card.getByText("이 브라우저에서는 음성 인식을 쓸 수 없습니다.")).toHaveCount(0);
  await expect(card.getByRole("button", { name: "입력해서 답하기" })).toBeVisible();
});
