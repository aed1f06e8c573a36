/**
 * A term the answer leans on, asked and answered in a quote on one line
 * ("> **모듈화란 ?** …"; a note of our own, written for this test): the
 * interviewer's likely next question, so a follow-up of the answer's question,
 * and no longer part of that answer; so is one asked plainly on the quote's
 * first line with the answer on the lines under it ("> 캐시 히트율이란?").
 * A bold line in a quote that states ("> **핵심** …") stays in the answer.
 */
import { describe, expect, it } from "vitest";
import { noteCards, parseNote } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 캐싱", // 1: the bold question under it is the title's
  "",
  "**CDN이란 ?**", // 3
  "",
  "사용자와 가까운 엣지 서버에 정적 파일을 복제해 두고 그 서버에서 응답하는 네트워크다.",
  "",
  ">**엣지 서버란 ?** 사용자와 지리적으로 가까운 곳에 놓여 콘텐츠를 대신 내려주는 서버를 말한다.", // 7
  "",
  "> **핵심** 원본 서버까지 가지 않으니 지연 시간이 줄어든다.",
];

describe("a term asked and answered on one quoted line", () => {
  it("is a follow-up of the answer's question", () => {
    expect(noteCards(NOTE)).toEqual([
      [1, "qa", "CDN이란 ?", null],
      [7, "followup", "엣지 서버란 ?", 1],
    ]);
    const [cdn, edge] = parseNote(NOTE).cards;
    expect(edge!.answer).toBe("사용자와 지리적으로 가까운 곳에 놓여 콘텐츠를 대신 내려주는 서버를 말한다.");
    expect(cdn!.answer).not.toContain("엣지 서버란");
    expect(cdn!.answer).toContain("**핵심** 원본 서버까지");
  });
});

const PLAIN = [
  "## 캐시 교체 정책", // 1
  "",
  "- LRU는 가장 오래 쓰이지 않은 항목을 먼저 내보낸다.",
  "- LFU는 가장 적게 쓰인 항목을 먼저 내보낸다.",
  "",
  "> 캐시 히트율이란?", // 6
  ">",
  "> - 요청 중 캐시에서 바로 응답한 비율로, 교체 정책을 고르는 기준이 된다.",
];

describe("a term asked plainly on a quote's first line", () => {
  it("is a follow-up when the quote's other lines answer it", () => {
    expect(noteCards(PLAIN)).toEqual([
      [1, "qa", "캐시 교체 정책에 대해 설명해 주세요.", null],
      [6, "followup", "캐시 히트율이란?", 1],
    ]);
  });
});
