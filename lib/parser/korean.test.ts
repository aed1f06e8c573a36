import { describe, expect, it } from "vitest";
import { fnv1a64 } from "./ids";
import { hasFinalConsonant, isPoliteProse, josa } from "./korean";

describe("josa", () => {
  it.each([
    ["캐시", "이/가", "캐시가"], ["메모리", "이/가", "메모리가"], ["스택", "이/가", "스택이"], ["큐", "은/는", "큐는"],
    ["프로세스", "을/를", "프로세스를"], ["힙", "을/를", "힙을"], ["TCP", "이/가", "TCP가"], ["URL", "이/가", "URL이"],
    ["RAM", "이/가", "RAM이"], ["handshake", "이/가", "handshake가"], ["socket", "이/가", "socket이"], ["thread", "이/가", "thread가"],
    ["Spring", "은/는", "Spring은"], ["HTTP/2", "이/가", "HTTP/2가"], ["IPv6", "이/가", "IPv6이"], ["정규화(Normalization)", "이/가", "정규화(Normalization)가"],
    ["서울", "으로/로", "서울로"], ["집", "으로/로", "집으로"], ["바다", "과/와", "바다와"],
  ] as const)("%s + %s → %s", (word, pair, expected) => {
    expect(josa(word, pair)).toBe(expected);
  });

  it("is deterministic for empty or symbol-only words", () => {
    expect(hasFinalConsonant("")).toBe(false);
    expect(josa("???", "이/가")).toBe("???가");
  });
});

describe("polite prose", () => {
  it("recognises spoken answers and rejects notes and question lists", () => {
    expect(isPoliteProse("연결을 맺습니다. 그 다음 데이터를 보냅니다.")).toBe(true);
    expect(isPoliteProse("연결을 맺는다. 데이터를 보낸다.")).toBe(false);
    expect(isPoliteProse("무엇인가요?\n설명해 주세요.\n차이를 말해보세요.")).toBe(false);
    expect(isPoliteProse("한 문장입니다.")).toBe(false);
  });
});

describe("fnv1a64", () => {
  it("matches the reference FNV-1a 64-bit vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});
