/**
 * A question written inside an answer asks something of its own only when it names
 * something its parent question does not; pointing, asking and grammar words name nothing.
 */
import { describe, expect, it } from "vitest";
import { asksOfItsOwn } from "./own-question";

describe("asksOfItsOwn", () => {
  const parent = "교착 상태는 어떻게 해결하나요?";

  it("is false for a question that restates its parent or names nothing", () => {
    expect(asksOfItsOwn("그렇다면 어떻게 해결할까?", parent)).toBe(false);
    expect(asksOfItsOwn("그렇다면 어떻게 해야 할까?", parent)).toBe(false);
    expect(asksOfItsOwn("그럼 어떻게 되는 걸까요?", "스와핑이란?")).toBe(false);
    expect(asksOfItsOwn("그렇다면 그 이유는 무엇일까?", parent)).toBe(false);
    expect(asksOfItsOwn("그럼 정말 그럴까?", parent)).toBe(false);
    expect(asksOfItsOwn("왜 그럴까?", parent)).toBe(false);
  });

  it("is true for a question that names something new, in Korean or English, links read as their text", () => {
    expect(asksOfItsOwn("그렇다면 안전하지 않은 상태는 곧 교착 상태인가?", parent)).toBe(true);
    expect(asksOfItsOwn("그럼 왜 2-way로는 안 될까?", "TCP는 왜 3-way handshake를 하나요?")).toBe(true);
    expect(asksOfItsOwn("So then, why does a Promise callback run before setTimeout?", "What is the event loop?")).toBe(true);
    expect(asksOfItsOwn("그렇다면 [CORS](https://example.com/cors)는 왜 필요할까?", "SOP란?")).toBe(true);
  });
});
