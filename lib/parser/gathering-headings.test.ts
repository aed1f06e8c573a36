/** Questions under a heading that only gathers more of a question's matter ("## 배경지식", "## ✍️ 추가 정리"). Notes written for these tests. */
import { describe, expect, it } from "vitest";
import { noteCards as cards, parseNote as parse } from "@/test/helpers/parse-fixture";

const NOTE = [
  "# 쿠키와 세션의 차이를 설명해주세요.", // 1
  "",
  "쿠키는 브라우저에, 세션은 서버에 상태를 저장합니다. 세션은 쿠키에 담긴 식별자로 찾아 씁니다.",
  "",
  "## 배경지식", // 5
  "",
  "### 쿠키와 세션을 쓰는 이유는 무엇인가요?", // 7
  "",
  "HTTP는 요청마다 연결을 끊고 상태를 기억하지 않기 때문에, 같은 사용자임을 알아볼 방법이 필요합니다.",
  "",
  "## ✍️ 추가 정리", // 11
  "",
  "### 세션 저장소가 여러 대일 때는 어떻게 하나요?", // 13
  "",
  "세션을 Redis 같은 공용 저장소에 두거나, 같은 사용자를 같은 서버로 보내는 고정 세션을 씁니다.",
];

describe("a heading that gathers more of the question's matter", () => {
  it("its questions follow the question above it up", () => {
    expect(cards(NOTE).map(([line, kind, , parent]) => [line, kind, parent])).toEqual([
      [1, "qa", null],
      [7, "followup", 1],
      [13, "followup", 1],
    ]);
  });

  it("each keeps the id it had as a question of its own (the ids the parser gave them before this rule)", () => {
    expect(parse(NOTE).cards.map((c) => [c.lineStart, c.id])).toEqual([
      [1, "9e4fc059ea7d3c29"],
      [7, "9a650a374ea0f430"],
      [13, "b97260713d05aa91"],
    ]);
  });

  it("a heading that names a part of its own (\"## 세션 클러스터\") is no gathering heading", () => {
    const named = NOTE.map((l) => (l === "## ✍️ 추가 정리" ? "## 세션 클러스터" : l));
    expect(cards(named).find(([line]) => line === 13)?.[1]).not.toBe("followup");
  });
});
