import { describe, expect, it } from "vitest";
import { explicitKeyPoints, extractKeyPoints } from "./key-points";
import { countFillers, tokenize } from "./speech-metrics";

describe("explicitKeyPoints", () => {
  it("reads a one-line list after 핵심: or Key points:", () => {
    expect(explicitKeyPoints("답변입니다.\n\n핵심: SYN 전송, SYN+ACK 응답; ACK 확인")).toEqual(["SYN 전송", "SYN+ACK 응답", "ACK 확인"]);
    expect(explicitKeyPoints("**Key points:** `fork`, exec")).toEqual(["fork", "exec"]);
  });

  it("reads the label alone followed by list items, and stops at the list's end", () => {
    expect(explicitKeyPoints("본문\n\n**핵심**:\n\n- 힙 영역\n- 스택 영역.\n\n다음 문단")).toEqual(["힙 영역", "스택 영역"]);
    expect(explicitKeyPoints("핵심 포인트:\n1. 첫째\n2. 둘째\n본문")).toEqual(["첫째", "둘째"]);
  });

  it("is null when there is no label (the word 핵심 inside a sentence does not count)", () => {
    expect(explicitKeyPoints("이 답변의 핵심은 순서입니다.")).toBeNull();
    expect(explicitKeyPoints("")).toBeNull();
  });
});

describe("extractKeyPoints", () => {
  it("prefers an explicit list over steps", () => {
    const card = { kind: "steps", prompt: "?", answer: "1. 가\n2. 나\n\n핵심: 하나, 둘", steps: ["가", "나"] };
    expect(extractKeyPoints(card)).toEqual([
      { text: "하나", source: "explicit" },
      { text: "둘", source: "explicit" },
    ]);
  });

  it("uses the steps of a steps card, without their markup", () => {
    const card = { kind: "steps", prompt: "?", answer: "…", steps: ["**SYN** 전송", "`ACK` 응답"] };
    expect(extractKeyPoints(card).map((k) => k.text)).toEqual(["SYN 전송", "ACK 응답"]);
  });
});

describe("countFillers", () => {
  it("counts stand-alone fillers, collapsing stretched ones, per minute", () => {
    const tokens = tokenize("음음 그 다음에 어어 그것은 이제 저는 저 으음");
    expect(countFillers(tokens, 30_000)).toEqual({
      count: 6,
      perMinute: 12,
      words: [
        { word: "음", count: 2 },
        { word: "그", count: 1 },
        { word: "어", count: 1 },
        { word: "이제", count: 1 },
        { word: "저", count: 1 },
      ],
    });
  });

  it("takes a configured list", () => {
    expect(countFillers(tokenize("음 막 진짜 진짜"), 60_000, ["진짜"])).toEqual({ count: 2, perMinute: 2, words: [{ word: "진짜", count: 2 }] });
  });
});
