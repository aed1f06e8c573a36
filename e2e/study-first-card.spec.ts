import { expect, test, type Response } from "@playwright/test";
import { signUpThroughForm } from "./support/new-user";

const isNext = (r: Response) => new URL(r.url()).pathname === "/api/v1/study/next";
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

test("/study arrives with its first card; after a grade, Back never shows the graded card again", async ({ page }) => {
  await signUpThroughForm(page, "first");

  // A full load: the card is in the HTML, and the page does not ask the API for it again.
  let nextCalls = 0;
  page.on("request", (r) => void (new URL(r.url()).pathname === "/api/v1/study/next" && nextCalls++));
  const response = await page.goto("/study");
  const heading = page.getByRole("article").getByRole("heading", { level: 2 });
  const first = squash((await heading.textContent()) ?? "");
  expect(first).not.toBe("");
  expect(squash((await response!.text()).replace(/<[^>]+>/g, " "))).toContain(first);
  await expect(page.getByRole("button", { name: /^되돌리기/ })).toBeEnabled();
  expect(nextCalls).toBe(0);

  // Grade it: the next card comes from the API.
  const grades = page.getByRole("group", { name: "얼마나 잘 답했나요?" });
  for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
  const loaded = page.waitForResponse(isNext);
  await page.keyboard.press("3");
  await loaded;
  await expect(heading).not.toHaveText(first);
  const second = squash((await heading.textContent()) ?? "");

  // Leave and come back with Back: the router may hand back the cached page, whose card was graded.
  await page.getByRole("link", { name: "오늘", exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === "/");
  const reloaded = page.waitForResponse(isNext);
  await page.goBack();
  await reloaded;
  await expect(heading).toHaveText(second);
});
