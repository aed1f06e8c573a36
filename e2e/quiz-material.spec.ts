import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Response } from "@playwright/test";
import { previewPastedNote, signUpThroughForm } from "./support/new-user";

const isImport = (r: Response) => new URL(r.url()).pathname === "/api/v1/imports";

// A quiz note written for this test: the question shows code and choices, the reveal holds the answer.
const NOTE = `# 자바스크립트 퀴즈

###### 1. 무엇이 출력 될까요?

\`\`\`javascript
const nums = [1, 2, 3];
console.log(nums.map((n) => n * 2).includes(4));
\`\`\`

- A: \`true\`
- B: \`false\`
- C: \`TypeError\`

<details><summary><b>답</b></summary>
<p>

#### 답: A

map은 [2, 4, 6]을 돌려주고, 그 배열에는 4가 있어요.

</p>
</details>
`;

test("a quiz shows its code and choices with the question, before the answer is revealed", async ({ page }, testInfo) => {
  await signUpThroughForm(page, "quiz");
  await page.goto("/import");
  await previewPastedNote(page, "quiz.md", NOTE);
  const file = page.getByRole("region", { name: "quiz.md" });
  const card = file.getByRole("listitem").filter({ hasText: "무엇이 출력 될까요?" });
  // the choices show once, as what the question gives; the answer under them is the reveal's
  await expect(card.getByRole("region", { name: "문제" }).getByText("TypeError")).toBeVisible();
  await expect(card.getByText("TypeError")).toHaveCount(1);
  await expect(card.getByText("답: A")).toBeVisible();

  const saved = page.waitForResponse(isImport);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  expect((await saved).status()).toBe(200);
  await page.goto((await page.getByRole("link", { name: "학습하기" }).first().getAttribute("href"))!);

  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 2 })).toHaveText("무엇이 출력 될까요?");
  // before the reveal: the code and the choices, and no answer yet
  const given = article.getByRole("region", { name: "문제" });
  await expect(given.getByText("console.log(nums.map((n) => n * 2).includes(4));")).toBeVisible();
  await expect(given.getByText("TypeError")).toBeVisible();
  await expect(page.getByText("답: A")).toHaveCount(0);

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);
  for (const [width, scheme] of [[1280, "light"], [390, "dark"]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`study-quiz-${width}-${scheme}.png`), fullPage: true });
  }

  await page.keyboard.press("Space");
  await expect(page.getByText("답: A")).toBeVisible();
  await expect(given.getByText("TypeError")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("study-quiz-revealed-390-dark.png"), fullPage: true });
});
