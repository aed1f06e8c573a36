import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Every page, signed out and signed in: no serious or critical axe violations.
// Pages that do not exist (yet) answer 404 and are skipped, not failed.
const PAGES = ["/", "/login", "/signup", "/decks/builtin-tcp-handshake", "/study", "/study?deck=builtin-tcp-handshake", "/settings", "/import", "/import/guide", "/library", "/library/cards"];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function visit(page: Page, path: string): Promise<boolean> {
  const res = await page.goto(path);
  if (res?.status() === 404) return false;
  await page.waitForLoadState("networkidle");
  return true;
}

// Light and dark, desktop and phone width: contrast differs per scheme, layout per width.
const MODES = [
  { scheme: "light", width: 1280, height: 800 },
  { scheme: "dark", width: 1280, height: 800 },
  { scheme: "light", width: 390, height: 844 },
  { scheme: "dark", width: 390, height: 844 },
] as const;

for (const mode of MODES)
for (const signedIn of [false, true]) {
  test.describe(`${mode.scheme} ${mode.width}px ${signedIn ? "signed in" : "signed out"}`, () => {
    test.use({ colorScheme: mode.scheme, viewport: { width: mode.width, height: mode.height } });
    test.beforeEach(async ({ page, baseURL }) => {
      if (!signedIn) return;
      // page.request shares the browser context's cookie jar, so the page is signed in too.
      const email = `a11y-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
      const res = await page.request.post("/api/v1/auth/signup", { data: { email, password: "a11y-Passw0rd!-long" }, headers: { Origin: baseURL! } });
      expect(res.status()).toBe(201);
    });

    for (const path of PAGES) {
      test(`${path} has no serious or critical axe violations`, async ({ page }) => {
        test.skip(!(await visit(page, path)), `${path} does not exist`);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    if (signedIn) {
      test("/study with the answer revealed has no serious or critical axe violations", async ({ page }) => {
        await visit(page, "/study?deck=builtin-tcp-handshake");
        const grades = page.getByRole("group", { name: "얼마나 잘 답했나요?" });
        for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
        await expect(grades).toBeVisible();
        expect(await seriousViolations(page)).toEqual([]);
      });
    }
  });
}
