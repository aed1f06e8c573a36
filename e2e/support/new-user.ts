/**
 * Steps several specs take the way a new user does: sign up through the form,
 * and paste a note on the import page for its preview.
 */
import type { Page } from "@playwright/test";

export const E2E_PASSWORD = "rehearse-e2e-Passw0rd!";

/** Signs a new user up through the form (a fresh e-mail starting with `prefix`) and waits for the home page; returns the e-mail. */
export async function signUpThroughForm(page: Page, prefix: string): Promise<string> {
  const email = `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await page.goto("/signup");
  await page.getByLabel("이메일", { exact: true }).fill(email);
  await page.getByLabel("비밀번호", { exact: true }).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: /^(회원가입|가입하기)$/ }).click();
  await page.waitForURL((url) => url.pathname === "/");
  return email;
}

/** On the import page: pastes `markdown` as the file `name` and asks for the preview. */
export async function previewPastedNote(page: Page, name: string, markdown: string): Promise<void> {
  await page.getByRole("tab", { name: "붙여 넣기" }).click();
  await page.getByLabel("파일 이름").fill(name);
  await page.getByLabel("마크다운 노트").fill(markdown);
  await page.getByRole("button", { name: "미리 보기" }).click();
}
