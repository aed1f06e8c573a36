import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { previewPastedNote, signUpThroughForm } from "./support/new-user";

// Issue 13, item 7: a note can name any image; the browser must not fetch a
// remote one (a tracking pixel tells a third party who studies what, when).
const NOTE = `# 추적 노트

## TCP 연결은 어떻게 맺나요?

세 단계로 연결합니다. ![추적 픽셀](https://evil.example/track.png)
`;

test("an imported note's remote image is never requested; the page carries the CSP; axe passes", async ({ page }) => {
  // Anything that reaches the network for evil.example is recorded (and answered, so a load would succeed).
  // Chromium still emits a "request" event for a load the CSP stops; such a load fails with
  // "csp" and never reaches the route below or gets a response.
  const fetched: string[] = [];
  const blocked: string[] = [];
  await page.route("https://evil.example/**", (route) => {
    fetched.push(route.request().url());
    return route.fulfill({ status: 200, contentType: "image/png", body: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64") });
  });
  page.on("response", (res) => {
    if (new URL(res.url()).hostname === "evil.example") fetched.push(`response ${res.url()}`);
  });
  page.on("requestfailed", (req) => {
    if (new URL(req.url()).hostname === "evil.example") blocked.push(`${new URL(req.frame().url()).pathname} ${req.failure()?.errorText}`);
  });
  // The browser's own report of what the policy blocked.
  await page.addInitScript(() => {
    (window as unknown as { cspBlocked: string[] }).cspBlocked = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { cspBlocked: string[] }).cspBlocked.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });

  await signUpThroughForm(page, "csp");

  const importPage = await page.goto("/import");
  const csp = importPage?.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toMatch(/img-src 'self' data:(;|$)/);
  expect(csp).toContain("frame-ancestors 'none'");

  // The preview renders the note's answer, image element included.
  await previewPastedNote(page, "tracker.md", NOTE);
  const file = page.getByRole("region", { name: "tracker.md" });
  await expect(file.getByText("세 단계로 연결합니다.")).toBeVisible();
  await expect(file.locator('img[src="https://evil.example/track.png"]')).toHaveCount(1);
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.evaluate(() => (window as unknown as { cspBlocked: string[] }).cspBlocked)).toContain("img-src https://evil.example/track.png");

  // Saved and studied: the answer shows the same image element, still not fetched.
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  await expect(page.getByRole("heading", { name: "저장했습니다" })).toBeVisible();
  const studyHref = await page.getByRole("link", { name: "학습하기" }).first().getAttribute("href");
  const study = await page.goto(studyHref!);
  expect(study?.headers()["content-security-policy"]).toContain("img-src 'self' data:");
  await expect(page.getByRole("article")).toBeVisible();
  // Reveal until the image is in the answer. The answer view loads on the first reveal, so wait for
  // it after each press rather than pressing again into a card whose answer is still loading.
  const image = page.locator('img[src="https://evil.example/track.png"]');
  for (let i = 0; i < 10 && (await image.count()) === 0; i++) {
    await page.keyboard.press("Space");
    await image.first().waitFor({ state: "attached", timeout: 3_000 }).catch(() => {});
  }
  await expect(image).toHaveCount(1);
  await page.waitForLoadState("networkidle");

  expect(fetched).toEqual([]);
  // Every attempt failed on the policy, on both pages. How many attempts a page makes is React's
  // business, not ours: the answer's element is inserted once (a MutationObserver saw one insertion),
  // yet Chromium reports two blocked loads on /study when the lazily loaded answer view renders.
  expect([...new Set(blocked)].sort()).toEqual(["/import csp", "/study csp"]);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});
