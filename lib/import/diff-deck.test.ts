import { describe, expect, it } from "vitest";
import { diffDeck } from "./diff-deck";

const stored = (key: string, prompt: string, answer: string, archivedAt: Date | null = null) => ({ key, prompt, answer, archivedAt });

describe("diffDeck", () => {
  it("names new, changed and to-be-archived cards by key", () => {
    const diff = diffDeck(
      [stored("a", "TCP?", "세 번 악수"), stored("b", "UDP?", "비연결"), stored("c", "IP?", "주소"), stored("d", "옛 카드", "x", new Date("2026-01-01T00:00:00Z"))],
      [
        { id: "a", prompt: "TCP?", answer: "세 번 악수" },
        { id: "b", prompt: "UDP란?", answer: "비연결" },
        { id: "d", prompt: "옛 카드", answer: "x" },
        { id: "e", prompt: "QUIC?", answer: "UDP 위" },
      ],
    );
    expect(diff).toEqual({
      added: ["d", "e"],
      changed: [{ key: "b", before: { prompt: "UDP?", answer: "비연결" }, after: { prompt: "UDP란?", answer: "비연결" } }],
      archived: [{ key: "c", prompt: "IP?" }],
    });
  });

  it("a brand-new deck: every card is new, nothing archived", () => {
    expect(diffDeck([], [{ id: "a", prompt: "p", answer: "q" }])).toEqual({ added: ["a"], changed: [], archived: [] });
  });
});
