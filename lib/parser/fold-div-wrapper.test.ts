/**
 * A fold opened by "접기/숨기기" with its body wrapped in `<div markdown="1">`
 * (the Jekyll habit of GitHub-pages notes; a note of our own, written for this
 * test): "접기/숨기기" is a reveal label, the div only frames the answer, and a
 * heading marked "(참고)" is asked without its mark.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 네트워크", // 1
  "",
  "### 1. TCP와 UDP의 차이를 설명해주세요.", // 3
  "",
  "<details>",
  "<summary>접기/숨기기</summary>",
  '<div markdown="1">',
  "",
  "TCP는 연결을 맺고 순서와 도착을 보장하며, UDP는 연결 없이 보내 빠르지만 보장이 없습니다.",
  "",
  "</div>",
  "</details>",
  "",
  "### (참고) QUIC 프로토콜", // 14
  "",
  "<details>",
  "<summary>접기/숨기기</summary>",
  '<div markdown="1">',
  "",
  "UDP 위에서 동작하는 전송 프로토콜로, 연결 정보를 캐싱해 핸드셰이크를 줄입니다.",
  "",
  "</div>",
  "</details>",
];

describe("a fold framed by a div under a '접기/숨기기' summary", () => {
  it("answers the heading above it, a topic heading included", () => {
    expect(noteCards(NOTE)).toEqual([
      [3, "qa", "TCP와 UDP의 차이를 설명해주세요.", null],
      [14, "qa", "QUIC 프로토콜에 대해 설명해 주세요.", null],
    ]);
    const quic = parseNote(NOTE).cards[1]!;
    expect(quic.answer).toBe("UDP 위에서 동작하는 전송 프로토콜로, 연결 정보를 캐싱해 핸드셰이크를 줄입니다.");
  });
});
