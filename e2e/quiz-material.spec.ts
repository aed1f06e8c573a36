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

// A quiz written as a numbered list, its right choice in bold (a note written for this test).
const BOLD_CHOICE_NOTE = `# 운영체제 퀴즈

1.  페이지 교체 알고리즘에 대한 설명으로 가장 틀린 것은?
    1.  FIFO는 가장 먼저 들어온 페이지를 내보낸다.
    2.  **LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.**
    3.  OPT는 구현할 수 없는 이론상의 기준이다.
2.  The ________ holds the address of the next instruction to execute.
    1.  **program counter**
    2.  stack pointer
    3.  accumulator
`;

test("a quiz with its right choice in bold shows the choices and keeps the bold one for the answer", async ({ page }, testInfo) => {
  await signUpThroughForm(page, "boldquiz");
  await page.goto("/import");
  await previewPastedNote(page, "bold-quiz.md", BOLD_CHOICE_NOTE);
  const file = page.getByRole("region", { name: "bold-quiz.md" });
  const card = file.getByRole("listitem").filter({ hasText: "가장 틀린 것은?" });
  await expect(card.getByRole("region", { name: "문제" }).getByText("OPT는 구현할 수 없는 이론상의 기준이다.")).toBeVisible();
  await expect(card.getByText("정답: 2. LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.")).toBeVisible();

  const saved = page.waitForResponse(isImport);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  expect((await saved).status()).toBe(200);
  await page.goto((await page.getByRole("link", { name: "학습하기" }).first().getAttribute("href"))!);

  const article = page.getByRole("article");
  await expect(article.getByRole("heading", { level: 2 })).toHaveText("페이지 교체 알고리즘에 대한 설명으로 가장 틀린 것은?");
  // before the reveal: every choice, none of them marked, and no answer yet
  const given = article.getByRole("region", { name: "문제" });
  await expect(given.getByText("LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.")).toBeVisible();
  await expect(given.locator("strong")).toHaveCount(0);
  await expect(page.getByText("정답:")).toHaveCount(0);
  for (const [width, scheme] of [[1280, "light"], [390, "dark"]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`study-bold-quiz-${width}-${scheme}.png`), fullPage: true });
  }
  await page.keyboard.press("Space");
  const answer = page.getByText("정답: 2. LRU는 앞으로 가장 오래 쓰이지 않을 페이지를 내보낸다.");
  await expect(answer).toBeVisible();
  // (the viewport as the user sees it, scrolled down to the answer: a full-page shot draws the sticky grading bar over it)
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.screenshot({ path: testInfo.outputPath("study-bold-quiz-revealed-390-dark.png") });
});
