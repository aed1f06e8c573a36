import { describe, expect, it } from "vitest";
import { prepareImport } from "./prepare-import";

// A note written for this test: a topic over two leaf kinds.
const NOTE = ["## 조인", "", "두 테이블을 공통 열로 이어 하나의 결과로 만드는 연산이다.", "", "### INNER JOIN", "", "양쪽 테이블에 모두 값이 있는 행만 남긴다.", "", "### LEFT JOIN", "", "왼쪽 테이블의 행은 모두 남기고, 오른쪽에 짝이 없으면 NULL로 채운다."].join("\n");
const body = (extra: Record<string, unknown>) => new TextEncoder().encode(JSON.stringify({ files: [{ name: "join.md", content: NOTE }], preview: true, ...extra }));

describe("prepareImport's parser switches", () => {
  it("passes mergeSubheadings from the request body to the parser", () => {
    const off = prepareImport(body({}));
    const on = prepareImport(body({ mergeSubheadings: true }));
    if (!off.ok || !on.ok) throw new Error("expected both bodies to be accepted");
    expect(off.value.files[0]!.cards.map((c) => c.prompt)).toEqual(["조인에 대해 설명해 주세요.", "INNER JOIN에 대해 설명해 주세요.", "LEFT JOIN에 대해 설명해 주세요."]);
    expect(off.value.files[0]!.parsed.mergeableSubheadings).toBe(2);
    expect(on.value.files[0]!.cards.map((c) => c.prompt)).toEqual(["조인에 대해 설명해 주세요."]);
  });

  it("refuses a switch that is not a boolean", () => {
    expect(prepareImport(body({ mergeSubheadings: "yes" }))).toMatchObject({ ok: false, error: { status: 400, code: "validation" } });
  });
});
