import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Response } from "@playwright/test";
import { previewPastedNote, signUpThroughForm } from "./support/new-user";

const isImport = (r: Response) => new URL(r.url()).pathname === "/api/v1/imports";

// A note written for this test: one answered question with an unanswered follow-up, one question without an answer, a table of contents.
const NOTE = `# 네트워크 연습

## 목차

- [TCP](#tcp)
- [UDP](#udp)

## TCP와 UDP의 차이는 무엇인가요?

TCP는 연결을 맺고 순서와 전달을 보장하며, UDP는 연결 없이 빠르게 보냅니다.

### 꼬리 질문

- 흐름 제어는 어떻게 하나요?

## 아직 정리 못 한 질문

- QUIC은 왜 UDP 위에서 동작하나요?
`;

test("preview lists unanswered questions and skipped sections; a practice prompt studies without a model answer", async ({ page }, testInfo) => {
  await signUpThroughForm(page, "practice");
  await page.goto("/import");
  await previewPastedNote(page, "practice.md", NOTE);
  const file = page.getByRole("region", { name: "practice.md" });
  await expect(file.getByText("답이 없는 질문 2개")).toBeVisible();
  await expect(file.getByText("건너뛴 부분 1개")).toBeVisible();
  await expect(file.getByText("질문 1장")).toBeVisible();
  await file.getByText("답이 없는 질문 2개").click();
  await expect(file.getByText("QUIC은 왜 UDP 위에서 동작하나요?")).toBeVisible();
  // the unanswered follow-up is shown with the question it follows
  await expect(file.getByRole("listitem").filter({ hasText: "흐름 제어는 어떻게 하나요?" }).getByText("꼬리 질문 · TCP와 UDP의 차이는 무엇인가요?")).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(violations.map((v) => v.id)).toEqual([]);

  for (const [width, scheme] of [[1280, "light"], [390, "dark"]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`import-preview-${width}-${scheme}.png`), fullPage: true });
  }

  // Switch on: the question becomes a card too; save.
  let answered = page.waitForResponse(isImport);
  await page.getByRole("switch", { name: /답이 없는 질문도 연습 질문으로 추가/ }).click();
  expect((await answered).status()).toBe(200);
  await expect(file.getByText("질문 2장 · 꼬리 질문 1장")).toBeVisible();
  // the added question shows in the preview as it will in study, not as an empty answer
  await expect(file.getByRole("listitem").filter({ hasText: "QUIC은 왜 UDP 위에서 동작하나요?" }).getByText("모범 답안 없음: 직접 답해 보세요")).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("import-preview-practice-390-dark.png"), fullPage: true });
  answered = page.waitForResponse(isImport);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  expect((await answered).status()).toBe(200);
  const studyHref = await page.getByRole("link", { name: "학습하기" }).first().getAttribute("href");

  // Study until the practice prompt comes up: its answer says there is no model answer.
  await page.goto(studyHref!);
  const grades = page.getByRole("group", { name: "얼마나 잘 답했나요?" });
  for (let i = 0; i < 4; i++) {
    const heading = page.getByRole("article").getByRole("heading", { level: 2 });
    await expect(heading).toBeVisible();
    const prompt = (await heading.textContent()) ?? "";
    // (a key pressed before the study page is hydrated is lost: press until the answer shows, as the other study specs do)
    const revealed = grades.or(page.getByText("모범 답안 없음: 직접 답해 보세요"));
    for (let k = 0; k < 10 && !(await revealed.first().isVisible()); k++) await page.keyboard.press("Space");
    if (prompt.includes("QUIC")) {
      await expect(page.getByText("모범 답안 없음: 직접 답해 보세요")).toBeVisible();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: testInfo.outputPath("study-practice-390-dark.png"), fullPage: true });
      return;
    }
    await expect(grades.getByRole("button", { name: /^알맞음/ })).toBeEnabled();
    await page.keyboard.press("3");
    await expect(heading).not.toHaveText(prompt);
  }
  throw new Error("the practice prompt never came up");
});
