import fs from "node:fs";
import path from "node:path";
import { expect, test, type Response } from "@playwright/test";
import { signUpThroughForm } from "./support/new-user";

// The shared seed note sits next to the repo: <repo>/../shared/seeds/.
const SEED = path.resolve(__dirname, "..", "..", "shared", "seeds", "000_ca9599d932fffa20.txt");
const isReviewPost = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews" && r.request().method() === "POST";
const isImport = (r: Response) => new URL(r.url()).pathname === "/api/v1/imports";

test("import a note, study a card, edit and re-import: the card keeps its history", async ({ page }, testInfo) => {
  test.skip(!fs.existsSync(SEED), `seed note absent: ${SEED}`);

  await signUpThroughForm(page, "import");

  // Upload → preview (nothing saved yet) → save.
  await page.goto("/import");
  const fileInput = page.getByLabel("노트 파일 (.md, .txt, .zip)");
  await fileInput.setInputFiles(SEED);
  await page.getByRole("button", { name: "미리 보기" }).click();
  await expect(page.getByRole("heading", { name: "미리 보기", level: 2 })).toBeVisible();
  const fileSection = page.getByRole("region", { name: path.basename(SEED) });
  await expect(fileSection.getByRole("listitem").first()).toBeVisible();
  let saved = page.waitForResponse(isImport);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  expect((await saved).status()).toBe(200);
  await expect(page.getByRole("heading", { name: "저장했습니다" })).toBeVisible();
  const studyHref = await page.getByRole("link", { name: "학습하기" }).first().getAttribute("href");
  const deckId = new URL(studyHref!, "http://x").searchParams.get("deck");
  expect(deckId).toMatch(/^d_/);

  // Study one card of the new deck: reveal with Space, grade Good with "3".
  await page.goto(`/study?deck=${deckId}`);
  const grades = page.getByRole("group", { name: "얼마나 잘 답했나요?" });
  await expect(page.getByRole("article")).toBeVisible();
  for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.keyboard.press("Space");
  await expect(grades.getByRole("button", { name: /^알맞음/ })).toBeEnabled();
  const graded = page.waitForResponse(isReviewPost);
  await page.keyboard.press("3");
  const review = await graded;
  expect(review.status()).toBe(201);
  const cardId = (review.request().postDataJSON() as { cardId: string }).cardId;

  // Edit the note's wording (headings untouched) and import the same file name again.
  const edited = testInfo.outputPath(path.basename(SEED));
  fs.mkdirSync(path.dirname(edited), { recursive: true });
  fs.writeFileSync(edited, fs.readFileSync(SEED, "utf8").replaceAll("클라이언트", "클라이언트(client)"));
  await page.goto("/import");
  await page.getByLabel("노트 파일 (.md, .txt, .zip)").setInputFiles(edited);
  await page.getByRole("button", { name: "미리 보기" }).click();
  await expect(page.getByRole("heading", { name: "미리 보기", level: 2 })).toBeVisible();
  await expect(page.getByText(/갱신 [1-9]/).first()).toBeVisible();
  saved = page.waitForResponse(isImport);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  const body = (await (await saved).json()) as { files: { deckId: string }[]; added: number };
  expect(body.files[0]!.deckId).toBe(deckId);

  // The studied card is the same card, with its grade in the history.
  await page.goto(`/library/cards/${cardId}`);
  const history = page.getByTestId("card-history");
  await expect(history.getByRole("row")).toHaveCount(2); // header + one grade
  await expect(history).toContainText("알맞음");
  await expect(page.getByTestId("card-state")).not.toHaveText("새 카드");
});
