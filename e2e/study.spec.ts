import { expect, test, type Page, type Response } from "@playwright/test";

type Spoken = { text: string; lang: string };
type SpeechWindow = Window & { __spoken: Spoken[] };

/**
 * Replaces speechSynthesis before any page script runs: headless Chromium has
 * no voices, and the test needs to see what would have been said.
 */
async function stubSpeech(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as SpeechWindow;
    const loose = window as unknown as Record<string, unknown>;
    w.__spoken = [];
    // One Korean voice, and utterances that start and end as a real engine's do.
    const voice = { name: "Test 한국어", lang: "ko-KR", voiceURI: "test-ko", default: true, localService: true };
    const speak = (u: SpeechSynthesisUtterance) => {
      w.__spoken.push({ text: u.text, lang: u.lang });
      setTimeout(() => (u.onstart as (() => void) | null)?.(), 0);
    };
    if ("speechSynthesis" in window) {
      SpeechSynthesis.prototype.speak = speak;
      SpeechSynthesis.prototype.cancel = () => {};
      SpeechSynthesis.prototype.getVoices = () => [voice as unknown as SpeechSynthesisVoice];
    } else {
      loose.speechSynthesis = { speak, cancel() {}, getVoices: () => [voice], addEventListener() {}, removeEventListener() {}, speaking: false };
    }
    {
      // A plain utterance: the real one refuses a voice object that is not a real SpeechSynthesisVoice.
      loose.SpeechSynthesisUtterance = class {
        lang = "";
        rate = 1;
        voice: unknown = null;
        onend: unknown = null;
        onerror: unknown = null;
        onstart: unknown = null;
        constructor(public text: string) {}
      };
    }
  });
}

const isReviewPost = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews" && r.request().method() === "POST";
const isUndo = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews/undo";
const isNext = (r: Response) => new URL(r.url()).pathname === "/api/v1/study/next";
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test("a new user studies the TCP deck with the keyboard, hears the answer, grades, undoes, and sees it on Today", async ({ page }) => {
  await stubSpeech(page);

  // Sign up: a fresh user lands on Today.
  const email = `study-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("이메일", { exact: true }).fill(email);
  await page.getByLabel("비밀번호", { exact: true }).fill("rehearse-e2e-Passw0rd!");
  // The submit button reads "가입하기" under the "회원가입" heading; accept either wording.
  await page.getByRole("button", { name: /^(회원가입|가입하기)$/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("heading", { level: 1, name: "오늘" })).toBeVisible();

  // Study only the TCP handshake deck (the sr-only deck title makes each "이 덱만" link unique).
  await page.getByRole("link", { name: /^이 덱만.*handshake/i }).click();
  await expect(page).toHaveURL(/\/study\?deck=builtin-tcp-handshake$/);

  const card = page.getByRole("article");
  const heading = card.getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused(); // focus moves to the new card's prompt
  const prompt = squash((await heading.textContent()) ?? "");
  expect(prompt).not.toBe("");

  // Reveal with the keyboard. Space reveals the next step on a steps card, so press until grading appears.
  const grades = card.getByRole("group", { name: "얼마나 잘 답했나요?" });
  for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
  await expect(grades).toBeVisible();
  await expect(grades.getByRole("button", { name: /^알맞음 · .+/ })).toBeEnabled();

  // R reads the revealed answer aloud, as plain Korean text.
  await page.keyboard.press("r");
  await expect.poll(() => page.evaluate(() => (window as unknown as SpeechWindow).__spoken.length)).toBeGreaterThan(0);
  const spoken = await page.evaluate(() => (window as unknown as SpeechWindow).__spoken);
  for (const u of spoken) expect(u.lang).toMatch(/^ko/);
  const said = squash(spoken.map((u) => u.text).join(" "));
  expect(said).not.toMatch(/[*#`]|\]\(/); // Markdown was stripped
  const answerText = squash((await card.getByRole("region").first().textContent()) ?? "");
  expect(answerText).toContain(said.slice(0, 20));

  // Grade Good with "3": the server accepts it and the next card comes.
  let graded = page.waitForResponse(isReviewPost);
  let next = page.waitForResponse(isNext);
  await page.keyboard.press("3");
  expect((await graded).status()).toBe(201);
  await next;
  const progress = page.getByRole("region", { name: "진행 상황" });
  await expect(progress).toContainText("이번 세션에서 푼 카드 1");
  const undoButton = page.getByRole("button", { name: /^되돌리기/ });
  await expect(undoButton).toBeEnabled(); // the next card has loaded

  // Undo with "u": the same card comes back.
  const undone = page.waitForResponse(isUndo);
  next = page.waitForResponse(isNext);
  await page.keyboard.press("u");
  expect((await undone).status()).toBe(200);
  await next;
  await expect(page.getByRole("status").filter({ hasText: "되돌렸습니다" })).toBeVisible();
  await expect(heading).toHaveText(prompt);
  await expect(heading).toBeFocused();
  await expect(progress).toContainText("이번 세션에서 푼 카드 0");

  // Grade it again.
  for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
  await expect(grades.getByRole("button", { name: /^알맞음 · .+/ })).toBeEnabled();
  graded = page.waitForResponse(isReviewPost);
  await page.keyboard.press("3");
  expect((await graded).status()).toBe(201);
  await expect(progress).toContainText("이번 세션에서 푼 카드 1");

  // Today counts exactly one review: the undone grade is gone.
  await page.goto("/");
  await expect(page.getByRole("group", { name: "오늘 복습한 카드" }).getByText("1", { exact: true })).toBeVisible();
});
