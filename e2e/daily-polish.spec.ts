import { expect, test, type Page, type Response } from "@playwright/test";

// Issue 14: the bugs a new user hit in a day's loop, each checked in the page.
const isReviewPost = (r: Response) => new URL(r.url()).pathname === "/api/v1/reviews" && r.request().method() === "POST";
const isNext = (r: Response) => new URL(r.url()).pathname === "/api/v1/study/next";
const TCP = "builtin-tcp-handshake";

async function signUp(page: Page, baseURL: string, timezone = "Asia/Seoul") {
  const email = `polish-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await page.request.post("/api/v1/auth/signup", { data: { email, password: "polish-Passw0rd!-long", timezone }, headers: { Origin: baseURL } });
  expect(res.status()).toBe(201);
}

async function putSettings(page: Page, baseURL: string, patch: Record<string, unknown>) {
  const res = await page.request.put("/api/v1/settings", { data: patch, headers: { Origin: baseURL } });
  expect(res.status()).toBe(200);
}

async function revealAnswer(page: Page) {
  const grades = page.getByRole("group", { name: "얼마나 잘 답했나요?" });
  await expect(page.getByRole("article")).toBeVisible();
  for (let i = 0; i < 10 && !(await grades.isVisible()); i++) await page.getByRole("button", { name: /^(답 보기|모두 보기)/ }).first().click();
  await expect(grades.getByRole("button", { name: /^알맞음/ })).toBeEnabled();
  return grades;
}

async function pasteAndPreview(page: Page, text: string, name = "") {
  await page.goto("/import");
  await page.getByRole("tab", { name: "붙여 넣기" }).click();
  await page.getByLabel("파일 이름").fill(name);
  await page.getByLabel("마크다운 노트").fill(text);
  await page.getByRole("button", { name: "미리 보기" }).click();
  await expect(page.getByRole("heading", { name: "미리 보기", level: 2 })).toBeVisible();
}

const NOTE_A = "# 네트워크 메모\n\n## TCP 핸드셰이크\n\n### 스크립트\n\nSYN, SYN-ACK, ACK 세 단계로 연결합니다.\n\n## TCP 종료\n\n### 스크립트\n\nFIN과 ACK로 닫습니다.\n";
const NOTE_B = "# GC 메모\n\n## 가비지 컬렉션\n\n### 스크립트\n\n도달할 수 없는 객체를 회수합니다.\n";

test("bug 1: a pasted note never silently replaces another deck; archiving needs explicit consent", async ({ page, baseURL }) => {
  await signUp(page, baseURL!);
  await pasteAndPreview(page, NOTE_A);
  await page.getByRole("button", { name: "가져오기 저장" }).click();
  await expect(page.getByRole("heading", { name: "저장했습니다" })).toBeVisible();

  // An unrelated paste with no name: a new deck of its own, nothing archived.
  await pasteAndPreview(page, NOTE_B);
  await expect(page.getByText("새 덱을 만듭니다.")).toBeVisible();
  await expect(page.getByText(/보관될 카드/)).toHaveCount(0);

  // The same paste under the first note's name would replace that deck: the preview says which, and what goes.
  await pasteAndPreview(page, NOTE_B, "네트워크 메모");
  await expect(page.getByText("기존 덱 ‘네트워크 메모’을(를) 갱신합니다.")).toBeVisible();
  const archived = page.getByRole("group", { name: /보관될 카드 2장/ });
  await expect(archived.getByRole("listitem")).toHaveText([/TCP 핸드셰이크/, /TCP 종료/]);
  const save = page.getByRole("button", { name: "가져오기 저장" });
  await expect(save).toBeDisabled();
  await page.getByRole("checkbox", { name: /카드 2장을 보관하는 데 동의합니다/ }).check();
  await expect(save).toBeEnabled();
});

test("bug 5: a note with no cards cannot be saved and the preview says why", async ({ page, baseURL }) => {
  await signUp(page, baseURL!);
  await pasteAndPreview(page, "---\ntitle: 빈 노트\n---\n\n");
  await expect(page.getByText(/이 파일은 저장하지 않습니다: 카드를 만들 주제/)).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "저장할 카드가 없습니다" })).toBeVisible();
  await expect(page.getByRole("button", { name: "가져오기 저장" })).toHaveCount(0);
});

test("bug 3: with no voice, read-aloud says so and is disabled, in study and in the settings preview", async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    if ("speechSynthesis" in window) SpeechSynthesis.prototype.getVoices = () => [];
  });
  await signUp(page, baseURL!);
  await page.goto(`/study?deck=${TCP}`);
  await revealAnswer(page);
  await expect(page.getByText("이 브라우저에는 읽어 줄 음성이 없습니다")).toBeVisible();
  await expect(page.getByRole("button", { name: /^소리 내어 읽기/ })).toBeDisabled();
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: "미리 듣기" })).toBeDisabled();
  await expect(page.getByRole("status").filter({ hasText: "이 브라우저에는 읽어 줄 음성이 없습니다" })).toBeVisible();
});

test.describe("bug 4: on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the grade bar stays on screen, a failed grade shows beside it, and key hints are hidden", async ({ page, baseURL }) => {
    await signUp(page, baseURL!);
    await page.goto(`/study?deck=${TCP}`);
    const reveal = page.getByRole("button", { name: /^(답 보기|다음 단계)/ }).first();
    await expect(reveal).toBeInViewport();
    await expect(page.locator("kbd").first()).toBeHidden();
    const grades = await revealAnswer(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(grades).toBeInViewport();
    await page.route("**/api/v1/reviews", (route) => route.fulfill({ status: 503, contentType: "application/json", body: JSON.stringify({ error: { code: "unavailable", message: "잠시 멈췄습니다." } }) }));
    await grades.getByRole("button", { name: /^알맞음/ }).click();
    const alert = page.getByRole("alert").filter({ hasText: "채점을 저장하지 못했습니다" });
    await expect(alert).toBeInViewport();
    const [a, g] = [await alert.boundingBox(), await grades.boundingBox()];
    expect(Math.abs(g!.y - (a!.y + a!.height))).toBeLessThan(40); // right above the buttons
  });
});

test("bug 6: card history is in the user's timezone with 오전/오후", async ({ page, baseURL }) => {
  await signUp(page, baseURL!, "America/New_York");
  await page.goto(`/study?deck=${TCP}`);
  const grades = await revealAnswer(page);
  const graded = page.waitForResponse(isReviewPost);
  await grades.getByRole("button", { name: /^알맞음/ }).click();
  const review = await graded;
  const cardId = (review.request().postDataJSON() as { cardId: string }).cardId;
  const at = new Date(Date.parse((await review.allHeaders())["date"] ?? new Date().toUTCString()));
  await page.goto(`/library/cards/${cardId}`);
  const cell = page.getByRole("row").nth(1).getByRole("cell").first();
  const text = (await cell.textContent())!.trim();
  expect(text).toMatch(/^\d{4}\. \d{1,2}\. \d{1,2}\. 오[전후] \d{1,2}:\d{2}$/);
  const ny = new Intl.DateTimeFormat("en-US", { timeZone: "America/New_York", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", hourCycle: "h23" }).formatToParts(at);
  const part = (t: string) => Number(ny.find((p) => p.type === t)!.value);
  expect(text.startsWith(`${part("year")}. ${part("month")}. ${part("day")}. ${part("hour") < 12 ? "오전" : "오후"}`)).toBe(true);
});

test("bug 2: after passing a topic under a used-up limit, Today's row, the library and the queue agree", async ({ page, baseURL }) => {
  await signUp(page, baseURL!);
  await putSettings(page, baseURL!, { newPerDay: 1 });
  await page.goto(`/study?deck=${TCP}`);
  const grades = await revealAnswer(page);
  const next = page.waitForResponse(isNext);
  await grades.getByRole("button", { name: /^쉬움/ }).click();
  await next;
  await expect(page.getByRole("article")).toContainText("꼬리 질문");
  const bar = page.getByRole("region", { name: "진행 상황" });
  const barNew = Number(await bar.getByRole("definition").nth(2).textContent());
  expect(barNew).toBeGreaterThan(0);

  await page.goto("/");
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: /^이 덱만.*3 way|handshake/i }) });
  await expect(row).toContainText(`새 카드 ${barNew}`);
  // Other decks' new topics are over the daily limit: no row offers them.
  const deadlock = page.getByRole("listitem").filter({ hasText: /교착|Deadlock|데드락/i }).first();
  await expect(deadlock).toContainText("오늘 할 카드 없음");
  await page.goto("/library");
  await expect(page.getByRole("listitem").filter({ hasText: /TCP.*handshake/i }).first()).toContainText(`새 카드 ${barNew}`);
  await page.goto(`/study?deck=${TCP}`);
  await expect(page.getByRole("article")).toBeVisible();
});

test("bug 8: grading a follow-up after another tab undid its topic is refused and the queue refreshes", async ({ page, baseURL }) => {
  await signUp(page, baseURL!);
  await page.goto(`/study?deck=${TCP}`);
  const topic = (await page.getByRole("article").getByRole("heading", { level: 2 }).textContent())!;
  let grades = await revealAnswer(page);
  const next = page.waitForResponse(isNext);
  const passing = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/v1/reviews");
  await grades.getByRole("button", { name: /^알맞음/ }).click();
  const reviewId = ((await passing).postDataJSON() as { id: string }).id;
  await next;
  await expect(page.getByRole("article")).toContainText("꼬리 질문");
  // "Tab B": undo the topic's passing grade (undo names the grade it takes back).
  expect((await page.request.post("/api/v1/reviews/undo", { data: { reviewId }, headers: { Origin: baseURL! } })).status()).toBe(200);
  grades = await revealAnswer(page);
  const refused = page.waitForResponse(isReviewPost);
  await grades.getByRole("button", { name: /^알맞음/ }).click();
  expect((await refused).status()).toBe(409);
  await expect(page.getByRole("status").filter({ hasText: "꼬리 질문의 주제를 아직 통과하지 않았습니다" })).toBeVisible();
  await expect(page.getByRole("article").getByRole("heading", { level: 2 })).toHaveText(topic);
});

test("item 10: unknown deck, icons and manifest, current page, Today's title, tally across reload", async ({ page, baseURL }) => {
  expect((await page.request.get("/favicon.ico")).status()).toBe(200);
  const manifest = await page.request.get("/manifest.webmanifest");
  expect(manifest.status()).toBe(200);
  expect(((await manifest.json()) as { icons: unknown[] }).icons.length).toBeGreaterThanOrEqual(2);

  await signUp(page, baseURL!);
  await page.goto("/");
  await expect(page).toHaveTitle("오늘 · Rehearse");
  const nav = page.getByRole("navigation", { name: "주요 메뉴" });
  await expect(nav.getByRole("link", { name: "오늘" })).toHaveAttribute("aria-current", "page");
  await page.goto("/library/cards");
  await expect(nav.getByRole("link", { name: "라이브러리" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "오늘" })).not.toHaveAttribute("aria-current", "page");

  await page.goto("/study?deck=no-such-deck");
  await expect(page.getByText("이 덱을 찾을 수 없습니다")).toBeVisible();
  await expect(page.getByRole("button", { name: "다시 시도" })).toHaveCount(0);
  await page.getByRole("link", { name: "오늘 화면으로" }).click();
  await expect(page).toHaveURL(/\/$/);

  await page.goto(`/study?deck=${TCP}`);
  const grades = await revealAnswer(page);
  const next = page.waitForResponse(isNext);
  await grades.getByRole("button", { name: /^알맞음/ }).click();
  await next;
  const bar = page.getByRole("region", { name: "진행 상황" });
  await expect(bar).toContainText("이번 세션에서 푼 카드 1");
  await page.reload();
  await expect(bar).toContainText("이번 세션에서 푼 카드 1");
  await page.goto("/");
  const done = page.getByRole("group", { name: "오늘 복습한 카드" });
  await expect(done).toContainText("1");
  await expect(done).toContainText("채점 1회");
});

test("item 10: settings flags every invalid field and asks before leaving with unsaved changes", async ({ page, baseURL }) => {
  await signUp(page, baseURL!);
  await page.goto("/settings");
  await page.getByLabel("하루 새 카드 수").fill("-3");
  await page.getByLabel("학습 단계", { exact: true }).fill("ten minutes");
  await page.getByLabel("최대 복습 간격(일)").fill("99999");
  await page.getByRole("button", { name: "저장" }).click();
  for (const label of ["하루 새 카드 수", "학습 단계", "최대 복습 간격(일)"]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  let asked = "";
  page.once("dialog", (d) => {
    asked = d.message();
    void d.dismiss();
  });
  await page.getByRole("navigation", { name: "주요 메뉴" }).getByRole("link", { name: "오늘" }).click();
  await expect.poll(() => asked).toContain("저장하지 않은 설정");
  await expect(page).toHaveURL(/\/settings$/);
});

test("gaps: signed-out home explains itself, a deck page offers sign-up, /import shows an example and the guide", async ({ page, baseURL }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "면접 답변을 소리 내어 연습하세요" })).toBeVisible();
  await page.goto(`/decks/${TCP}`);
  await expect(page.getByRole("link", { name: "가입하고 연습하기" })).toHaveAttribute("href", `/signup?next=${encodeURIComponent(`/study?deck=${TCP}`)}`);
  await signUp(page, baseURL!);
  await page.goto("/import");
  await page.getByText("노트 예시").click();
  await expect(page.getByText(/## 프로세스와 스레드의 차이/)).toBeVisible();
  await page.getByRole("link", { name: /노트 형식 안내/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("기본 덱 형식");
});
