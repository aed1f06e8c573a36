import { expect, test } from "@playwright/test";

test.describe("built-in deck library", () => {
  test("home lists the built-in decks with card counts", async ({ page }) => {
    await page.goto("/");
    // A first visit explains itself, then shows the built-in decks.
    await expect(page.getByRole("heading", { level: 1, name: "면접 답변을 소리 내어 연습하세요" })).toBeVisible();
    await expect(page.getByRole("link", { name: "무료로 시작하기" })).toHaveAttribute("href", "/signup");
    await expect(page.getByRole("heading", { level: 2, name: "기본 덱 둘러보기" })).toBeVisible();
    const tcp = page.getByRole("link", { name: /TCP/ }).first();
    await expect(tcp).toBeVisible();
    await expect(tcp).toContainText(/카드 \d+장/);
    // A first-time visitor finds a real library, not one deck.
    expect(await page.getByRole("link", { name: /카드 \d+장/ }).count()).toBeGreaterThanOrEqual(7);
  });

  test("a deck page shows its cards as parsed, follow-ups under their topic", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: /TCP/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("TCP");

    const script = page.getByRole("article").filter({ has: page.getByRole("heading", { name: /TCP 4 way handshake에 대해 설명해 주세요/ }) });
    await expect(script).toBeVisible();
    await expect(script.getByRole("complementary", { name: "리뷰어 팁" }).first()).toBeVisible();

    const followups = script.getByRole("region", { name: "꼬리 질문" });
    await expect(followups.getByRole("heading", { name: "TIME_WAIT 상태가 의미하는 것은?" })).toBeVisible();
    await expect(followups.getByRole("heading", { name: "4 way handshake에서 마지막 ack가 필요한 이유는?" })).toBeVisible();

    const steps = page.getByRole("list", { name: "단계" }).first();
    await expect(steps.getByRole("listitem")).toHaveCount(3);
  });

  test("an unknown deck is a Korean 404 page", async ({ page }) => {
    const res = await page.goto("/decks/does-not-exist");
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
  });
});
