/** A question that opens on "이 …"/"그 …" over a noun that names nothing alone points back. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards } from "@/test/helpers/parse-fixture";

const MOCK_INTERVIEW = [
  "# 스케줄링 모의 면접", // 1
  "",
  "## 최단 작업 우선 스케줄링이 무엇인지 아시나요?", // 3
  "실행 시간이 가장 짧은 프로세스부터 CPU를 주는 방식입니다.",
  "",
  "## 이 알고리즘을 실제로 쓸 수 있을까요?", // 6
  "실행 시간을 미리 알 수 없어서 그대로는 쓰기 어렵고, 이전 실행 시간으로 예측합니다.",
  "",
  "## 우선순위 스케줄링의 단점은 무엇인가요?", // 9
  "우선순위가 낮은 프로세스가 끝없이 밀리는 기아 상태가 생길 수 있습니다.",
  "",
  "## 이 문제는 어떻게 해결하나요?", // 12
  "기다린 시간만큼 우선순위를 올려 주는 에이징으로 해결합니다.",
  "",
  "## 이 회사에서 일한다면 어떤 일을 하고 싶은가요?", // 15
  "사용자가 많은 서비스의 백엔드를 맡아 성능을 다듬고 싶습니다.",
];

describe("a demonstrative over a noun that names nothing alone", () => {
  it("follows the question just before it; a demonstrative over a noun that names something does not", () => {
    expect(cards(MOCK_INTERVIEW).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [6, "followup", 3],
      [9, "qa", null],
      [12, "followup", 9],
      [15, "qa", null],
    ]);
  });
});
