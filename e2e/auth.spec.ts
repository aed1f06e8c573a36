import { expect, test } from "@playwright/test";

const PASSWORD = "rehearse-e2e-Passw0rd!";
const freshEmail = () => `auth-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;

test.describe("accounts", () => {
  test("sign up, sign out, a wrong password shows the error, sign in returns to the private page", async ({ page }) => {
    const email = freshEmail();

    // Sign up (with the show/hide password toggle).
    await page.goto("/signup");
    await expect(page.getByRole("heading", { level: 1, name: "회원가입" })).toBeVisible();
    await expect(page.getByLabel("이메일", { exact: true })).toBeFocused();
    const password = page.getByLabel("비밀번호", { exact: true });
    await password.fill(PASSWORD);
    await page.getByRole("button", { name: "비밀번호 표시" }).click();
    await expect(password).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "비밀번호 숨기기" }).click();
    await expect(password).toHaveAttribute("type", "password");
    await page.getByLabel("이메일", { exact: true }).fill(email.toUpperCase());
    await page.getByRole("button", { name: "가입하기" }).click();

    const menu = page.getByRole("group", { name: "계정 메뉴" });
    await expect(menu).toContainText(email);

    // Sign out.
    await menu.getByRole("button", { name: "로그아웃" }).click();
    await expect(page.getByRole("banner").getByRole("link", { name: "로그인" })).toBeVisible();
    await expect(menu).toHaveCount(0);

    // A private page sends a signed-out visitor to /login and remembers where they were going.
    await page.goto("/study");
    await expect(page).toHaveURL(/\/login\?next=%2Fstudy$/);

    // A wrong password: the Korean error is announced, the e-mail kept.
    await page.getByLabel("이메일", { exact: true }).fill(email);
    await page.getByLabel("비밀번호", { exact: true }).fill("wrong-password-1");
    await page.getByRole("button", { name: "로그인" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "이메일 또는 비밀번호가 올바르지 않습니다." })).toBeVisible();
    await expect(page.getByLabel("이메일", { exact: true })).toHaveValue(email);

    // The right password: back to /study, signed in.
    await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "로그인" }).click();
    await page.waitForURL((url) => url.pathname === "/study");
    await expect(page.getByRole("group", { name: "계정 메뉴" })).toContainText(email);
  });

  test("sign-up explains a short password and an e-mail already in use", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("이메일", { exact: true }).fill(freshEmail());
    await page.getByLabel("비밀번호", { exact: true }).fill("short");
    await page.getByRole("button", { name: "가입하기" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "비밀번호는 8자 이상이어야 합니다." })).toBeVisible();

    const email = freshEmail();
    const res = await page.request.post("/api/v1/auth/signup", {
      data: { email, password: PASSWORD },
      headers: { Origin: new URL(page.url()).origin },
    });
    expect(res.status()).toBe(201);
    await page.context().clearCookies();
    await page.goto("/signup");
    await page.getByLabel("이메일", { exact: true }).fill(email);
    await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "가입하기" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "이미 가입된 이메일입니다." })).toBeVisible();
  });

  test("the session cookie is HttpOnly, SameSite=Lax and Secure (production build)", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("이메일", { exact: true }).fill(freshEmail());
    await page.getByLabel("비밀번호", { exact: true }).fill(PASSWORD);
    await page.getByRole("button", { name: "가입하기" }).click();
    await expect(page.getByRole("group", { name: "계정 메뉴" })).toBeVisible();
    const session = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax", secure: true });
  });
});
