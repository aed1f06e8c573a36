import { describe, expect, it } from "vitest";
import { ApiError } from "@/lib/http/api-error";
import { prepareImportOffThread } from "./import-pool";

const body = (files: { name: string; content: string; encoding?: string }[], preview = false) =>
  new Uint8Array(Buffer.from(JSON.stringify({ files, preview })));
const NOTE = "---\ntitle: 네트워크\nslug: net\n---\n\n## TCP\n\n### 스크립트\n\n세 단계로 연결합니다.\n";
const headings = (n: number) => "# 큰 노트\n\n" + Array.from({ length: n }, (_, i) => `## 주제 ${i}\n\n답변 ${i} 입니다. 설명을 조금 붙입니다.\n`).join("\n");

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe("prepareImportOffThread (worker pool)", () => {
  it("parses in a worker and renders preview HTML there", async () => {
    const out = await prepareImportOffThread(body([{ name: "net.md", content: NOTE }], true));
    expect(out.preview).toBe(true);
    expect(out.files.map((f) => [f.name, f.parsed.deck.slug, f.cards.length])).toEqual([["net.md", "net", 1]]);
    expect(out.files[0]!.cards[0]!.answerHtml).toBe("<p>세 단계로 연결합니다.</p>");
  });

  it("a refusal found in the worker names the file", async () => {
    const err = await failure(prepareImportOffThread(body([{ name: "a.md", content: NOTE }, { name: "b.pdf", content: "x" }])));
    expect([err.status, err.code, err.fields]).toEqual([400, "unsupported_file", { file: "b.pdf" }]);
    expect((await failure(prepareImportOffThread(new Uint8Array(Buffer.from("{oops"))))).code).toBe("invalid_json");
  });

  it("caps topics per file and headings before parsing, naming the file", async () => {
    const topics = await failure(prepareImportOffThread(body([{ name: "many.md", content: headings(1001) }])));
    expect([topics.status, topics.code, topics.fields]).toEqual([413, "import_too_large", { file: "many.md" }]);
    expect(topics.message).toBe("many.md: 주제가 1001개입니다. 한 파일에서 가져올 수 있는 주제는 1000개까지입니다. 파일을 나누어 주세요.");
    const flood = await failure(prepareImportOffThread(body([{ name: "ok.md", content: NOTE }, { name: "flood.md", content: headings(20_000) }])));
    expect(flood.message).toBe("flood.md: 제목(#)이 20001개입니다. 한 파일에는 5000개까지만 가져올 수 있습니다. 파일을 나누어 주세요.");
  });

  it("stops a parse that runs past the time limit, names the file, and keeps serving", async () => {
    await prepareImportOffThread(body([{ name: "warm.md", content: NOTE }]));
    const err = await failure(prepareImportOffThread(body([{ name: "quick.md", content: NOTE }, { name: "slow.md", content: headings(900) }]), 50));
    expect([err.status, err.code, err.fields]).toEqual([413, "import_too_slow", { file: "slow.md" }]);
    expect(err.message).toMatch(/^slow\.md: 노트를 0초 안에 읽지 못해/);
    const again = await prepareImportOffThread(body([{ name: "net.md", content: NOTE }]));
    expect(again.files).toHaveLength(1);
  }, 60_000);
});
