import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

// Every page, signed out and signed in: no serious or critical axe violations.
const PAGES = ["/", "/login", "/signup", "/decks/builtin-tcp-handshake", "/study", "/study?deck=builtin-tcp-handshake", "/settings", "/import", "/import/guide", "/library", "/library/cards", "/stats"];

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

async function visit(page: Page, path: string): Promise<void> {
  const res = await page.goto(path);
  expect(res?.status(), `${path} answers`).toBeLessThan(400);
  await page.waitForLoadState("networkidle");
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

    // One test per mode walks every page (one sign-up, one browser context),
    // and reports each page's violations by path.
    test("every page has no serious or critical axe violations", async ({ page }) => {
      test.setTimeout(180_000);
      const found: Record<string, string[]> = {};
      for (const path of PAGES) {
        await visit(page, path);
        found[path] = await seriousViolations(page);
      }
      expect(found).toEqual(Object.fromEntries(PAGES.map((p) => [p, []])));
    });

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
