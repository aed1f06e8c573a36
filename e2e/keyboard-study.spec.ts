import { expect, test, type Page, type Response } from "@playwright/test";

// A whole study session without the mouse: Space reveals, 1–4 grade, U
// undoes, and Tab reaches every control in a sensible order.
const isReviewPost = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews" && r.request().method() === "POST";
const isUndo = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews/undo";
const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

/** Presses Space until the grade buttons show (a steps card reveals one step per press). */
async function reveal(page: Page) {
  const grades = page.getByRole("article").getByRole("group", { name: "얼마나 잘 답했나요?" });
  for (let i = 0; i < 12 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
  await expect(grades).toBeVisible();
  return grades;
}

/** Tabs until `done()` holds for the focused element; returns how many presses it took. */
async function tabUntil(page: Page, done: () => Promise<boolean>, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    if (await done()) return i;
  }
  throw new Error(`focus never got there in ${max} Tab presses`);
}

test("keyboard-only study session: reveal, grade, undo, Tab to a grade button", async ({ page, baseURL }) => {
  const email = `keys-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const signup = await page.request.post("/api/v1/auth/signup", { data: { email, password: "keys-Passw0rd!-long" }, headers: { Origin: baseURL! } });
  expect(signup.status()).toBe(201);

  await page.goto("/study?deck=builtin-tcp-handshake");
  const heading = page.getByRole("article").getByRole("heading", { level: 2 });
  await expect(heading).toBeFocused(); // focus starts on the prompt, ready for Space
  const first = squash(await heading.textContent());

  // Space reveals, "3" grades Good.
  let grades = await reveal(page);
  let graded = page.waitForResponse(isReviewPost);
  await page.keyboard.press("3");
  expect((await graded).status()).toBe(201);
  await expect(heading).not.toHaveText(first);
  await expect(heading).toBeFocused();

  // "u" brings the same card back.
  const undone = page.waitForResponse(isUndo);
  await page.keyboard.press("u");
  expect((await undone).status()).toBe(200);
  await expect(heading).toHaveText(first);

  // Tab to the "Again" button and press Enter: a grade through focus alone.
  grades = await reveal(page);
  const again = grades.getByRole("button").first();
  const presses = await tabUntil(page, () => again.evaluate((el) => el === document.activeElement));
  expect(presses).toBeGreaterThan(0);
  // The focused control shows where focus is (no outline: none without a replacement).
  const outline = await again.evaluate((el) => {
    const s = getComputedStyle(el);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), shadow: s.boxShadow };
  });
  expect(outline.style !== "none" && outline.width > 0 ? true : outline.shadow !== "none").toBe(true);
  graded = page.waitForResponse(isReviewPost);
  await page.keyboard.press("Enter");
  const res = await graded;
  expect(res.status()).toBe(201);
  expect(JSON.parse(res.request().postData() ?? "{}").rating).toBe(1);

  // Shift+Tab walks back out of the grade bar without getting stuck.
  await expect(heading).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  const tag = await page.evaluate(() => document.activeElement?.tagName ?? "");
  expect(tag).not.toBe("BODY");
});
