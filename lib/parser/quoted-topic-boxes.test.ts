/** Questions set as quoted boxes, a bold title over its answer, a few titled with a topic. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# Java", // 1
  "",
  ">**static이란?**", // 3
  ">클래스에 속한 멤버를 만듭니다.",
  "",
  "# 자료구조", // 6
  "",
  ">**트리란?**", // 8
  ">노드와 간선으로 이루어지고 사이클이 없는 자료구조입니다.",
  "",
  ">**힙**", // 11
  ">최솟값이나 최댓값을 빨리 꺼내려고 쓰는 완전 이진 트리입니다.",
  ">부모가 자식보다 항상 작거나 항상 큽니다.",
  "",
  ">**해시 테이블의 충돌은 어떻게 해결하나요?**", // 15
  ">체이닝이나 개방 주소법으로 해결합니다.",
  "",
  "정리하면, 트리 계열은 순서를 지키고 해시 계열은 빠른 조회를 얻는다.", // 18
  "",
  "| 구조 | 조회 |",
  "|--|--|",
  "| 트리 | O(log n) |",
  "| 해시 | O(1) |",
];

describe("a topic set in the dress of the question boxes around it", () => {
  it("is asked as a topic, and the boxes stay questions of their own past the lines after them", () => {
    expect(cards(NOTE).map(([line, kind, prompt]) => [line, kind, prompt])).toEqual([
      [3, "qa", "static이란?"],
      [8, "qa", "트리란?"],
      [11, "qa", "힙에 대해 설명해 주세요."],
      [15, "qa", "해시 테이블의 충돌은 어떻게 해결하나요?"],
      // (the words after the boxes make no topic card with the boxes as its follow-ups: they are named in a warning, as text beside questions is)
    ]);
  });

  it("a box titled with what kind of note it holds (\"💡 용어\") is no topic: it stays beside the answer", () => {
    const glossary = ["## TCP 연결", "", "> **💡 TIME_WAIT는 왜 필요한가요?**", "> 늦게 도착한 패킷이 새 연결에 섞이지 않게 잠시 기다립니다.", "", "> **💡 용어**", ">", "> - **SYN**: 연결 요청", "> - **FIN**: 연결 종료"];
    expect(cards(glossary).map(([line, , prompt]) => [line, prompt])).toEqual([[3, "TIME_WAIT는 왜 필요한가요?"]]);
  });

  it("a bold title beside no question box stays as it was", () => {
    const alone = ["## 힙", "", ">**힙**", ">최솟값이나 최댓값을 빨리 꺼내려고 쓰는 완전 이진 트리입니다.", ">부모가 자식보다 항상 작거나 항상 큽니다."];
    expect(cards(alone).map(([line, , prompt]) => [line, prompt])).toEqual([[1, "힙에 대해 설명해 주세요."]]);
  });
});
