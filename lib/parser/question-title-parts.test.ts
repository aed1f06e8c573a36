/**
 * A note titled by its question (our own words, written for this test):
 * "# …차이는 무엇인가요?" over "## …방법" parts that make its answer, the last
 * part holding "### …어떤 경우에 쓰면 좋을까?". That question follows up the
 * title's question, as it does under a title asking "…설명해 주세요."; a
 * title asking about the study itself heads questions of their own.
 */
import { describe, expect, it } from "vitest";
import { noteCards } from "@/test/helpers/parse-fixture";

const parts = (title: string) => [
  title, // 1
  "",
  "## 상태 관리 방법", // 3
  "",
  "클래스는 this.state와 setState를 쓰고, 함수는 useState 훅을 쓴다.",
  "",
  "## 생명주기 관리 방법", // 7
  "",
  "클래스는 생명주기 메서드를 쓰고, 함수는 useEffect 하나로 다룬다.",
  "",
  "### 둘을 어떤 경우에 쓰면 좋을까?", // 11
  "",
  "새로 짜는 코드는 함수로 쓰고, 오래된 클래스 코드는 고칠 일이 있을 때 옮긴다.",
];

describe("a question sub-heading inside a part of the title's answer", () => {
  it("follows up the title when the title asks of its subject", () => {
    expect(noteCards(parts("# 클래스 컴포넌트와 함수 컴포넌트의 차이는 무엇인가요?"))).toEqual([
      [1, "qa", "클래스 컴포넌트와 함수 컴포넌트의 차이는 무엇인가요?", null],
      [11, "followup", "둘을 어떤 경우에 쓰면 좋을까?", 1],
    ]);
  });

  it("stays a question of its own under a title asking what the study covered", () => {
    expect(noteCards(parts("# 3주차 스터디에서는 무엇을 배웠나?")).find((c) => c[0] === 11)).toEqual([11, "qa", "둘을 어떤 경우에 쓰면 좋을까?", null]);
  });
});
