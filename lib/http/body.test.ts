import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "./api-error";
import { parseJsonBody } from "./body";

const schema = z.object({ name: z.string().min(1, "이름을 입력해 주세요.") });
const req = (body: BodyInit | null, type: string | null = "application/json", extra: Record<string, string> = {}) =>
  new Request("http://x.test/", { method: "POST", body, headers: { ...(type ? { "content-type": type } : {}), ...extra } });

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(() => null, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

describe("parseJsonBody", () => {
  it("returns typed data", async () => {
    expect(await parseJsonBody(req('{"name":"a"}', "application/json; charset=utf-8"), schema)).toEqual({ name: "a" });
  });

  it("400 for a wrong content type, malformed JSON, or invalid data (with fields)", async () => {
    expect((await failure(parseJsonBody(req('{"name":"a"}', "text/plain"), schema))).code).toBe("unsupported_media_type");
    expect((await failure(parseJsonBody(req("{", "application/json"), schema))).code).toBe("invalid_json");
    expect((await failure(parseJsonBody(req(""), schema))).code).toBe("invalid_json");
    const invalid = await failure(parseJsonBody(req('{"name":""}'), schema));
    expect([invalid.status, invalid.fields]).toEqual([400, { name: "이름을 입력해 주세요." }]);
  });

  it("413 past the cap, by Content-Length or by the bytes actually sent", async () => {
    const big = JSON.stringify({ name: "x".repeat(100) });
    expect((await failure(parseJsonBody(req(big), schema, { maxBytes: 50 }))).status).toBe(413);
    const stream = new ReadableStream({
      start(c) {
        c.enqueue(new TextEncoder().encode(big));
        c.close();
      },
    });
    const chunked = new Request("http://x.test/", { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect((await failure(parseJsonBody(chunked, schema, { maxBytes: 50 }))).status).toBe(413);
  });
});
