/** A question that opens on "이 …"/"그 …" over a noun that names nothing alone. Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards } from "@/test/helpers/parse-fixture";

const MOCK_INTERVIEW = [
  "# 스케줄링 모의 면접", // 1
  "",
  "## 최단 작업 우선 스케줄링 알고리즘이 무엇인지 아시나요?", // 3
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

const PROBLEM_REVIEW = [
  "# 백준 1260 DFS와 BFS", // 1
  "",
  "## 입력 크기는 얼마인가요?", // 3
  "정점은 1,000개, 간선은 10,000개까지입니다.",
  "",
  "## 이 문제의 시간 복잡도는 어떻게 되나요?", // 6
  "인접 리스트로 두 번 탐색하므로 O(V+E)입니다.",
  "",
  "## 다익스트라", // 9
  "",
  "### 음수 가중치가 있으면 어떻게 되나요?", // 11
  "이미 확정한 거리가 나중에 줄어들 수 있어 답이 틀립니다.",
  "",
  "### 이 알고리즘의 시간 복잡도는 어떻게 되나요?", // 14
  "우선순위 큐를 쓰면 O(E log V)입니다.",
];

describe("a demonstrative over a noun that names nothing alone", () => {
  it("follows the question just before it when that question named such a thing (a drawback names a problem)", () => {
    expect(cards(MOCK_INTERVIEW).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [6, "followup", 3],
      [9, "qa", null],
      [12, "followup", 9],
      [15, "qa", null],
    ]);
  });

  it("points at the note's or the heading's subject when the question before named nothing of the kind", () => {
    expect(cards(PROBLEM_REVIEW).map(([line, kind]) => [line, kind])).toEqual([
      [3, "qa"],
      [6, "qa"],
      [11, "qa"],
      [14, "qa"],
    ]);
  });

  it("after a follow-up that named the problem, drills that follow-up, not the question both follow", () => {
    const chain = ["# 모의 면접", "", "## 라운드 로빈 스케줄링이 무엇인가요?", "정해진 시간만큼 돌아가며 CPU를 줍니다.", "", "## 그럼 우선순위 스케줄링의 단점은요?", "낮은 우선순위의 프로세스가 오래 기다릴 수 있습니다.", "", "## 이 문제는 어떻게 해결할 수 있을까요?", "오래 기다린 프로세스의 우선순위를 올리는 에이징을 씁니다."];
    expect(cards(chain).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [3, "qa", null],
      [6, "followup", 3],
      [9, "followup", 6],
    ]);
  });
});

