import { expect, test, type Response } from "@playwright/test";
import { previewPastedNote, signUpThroughForm } from "./support/new-user";

const isImport = (r: Response) => new URL(r.url()).pathname === "/api/v1/imports";

// A note written for this test: a topic over two leaf kinds, and a topic over a question.
const NOTE = `# 데이터베이스

## 조인

두 테이블을 공통 열로 이어 하나의 결과로 만드는 연산이다.

### INNER JOIN

양쪽 테이블에 모두 값이 있는 행만 남긴다.

### LEFT JOIN

왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다.

## 인덱스

검색을 빠르게 하려고 열의 값을 정렬해 따로 둔 자료 구조이다.
`;

test("the merge switch folds a topic's sub-headings into its card, and is remembered for the next import", async ({ page }, testInfo) => {
  await signUpThroughForm(page, "merge");
  await page.goto("/import");
  await previewPastedNote(page, "db.md", NOTE);
  const file = page.getByRole("region", { name: "db.md" });
  await expect(file.getByText("질문 4장")).toBeVisible();
  const merge = page.getByRole("switch", { name: /하위 제목을 주제 카드의 답으로 합치기/ });
  await expect(merge).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText(/더 나뉘지 않는 하위 제목 2개가 지금은 각각 카드입니다/)).toBeVisible();

  const answered = page.waitForResponse(isImport);
  await merge.click();
  expect((await answered).status()).toBe(200);
  await expect(merge).toHaveAttribute("aria-checked", "true");
  await expect(file.getByText("질문 2장")).toBeVisible();
  // the kinds are now in the topic's model answer, each under its name
  const topic = file.getByRole("listitem").filter({ hasText: "조인에 대해 설명해 주세요." });
  await expect(topic.getByText("LEFT JOIN", { exact: true })).toBeVisible();
  await expect(topic.getByText("왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다.")).toBeVisible();
  for (const [width, scheme] of [[1280, "light"], [390, "dark"]] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: testInfo.outputPath(`import-merge-${width}-${scheme}.png`), fullPage: true });
  }

  // The next visit starts with the switch as it was left: its first preview is already merged.
  await page.reload();
  await previewPastedNote(page, "db.md", NOTE);
  await expect(page.getByRole("region", { name: "db.md" }).getByText("질문 2장")).toBeVisible();
  await expect(page.getByRole("switch", { name: /하위 제목을 주제 카드의 답으로 합치기/ })).toHaveAttribute("aria-checked", "true");
});
