/**
 * Sections that are not questions of the note make no card (issue 9, junk):
 * each shape below is a small note written for the test, with the exact
 * cards and unanswered questions expected.
 */
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const parse = (md: string) => parseDeck(md, { path: "note.md" });
const prompts = (md: string) => parse(md).cards.map((c) => c.prompt);
const open = (md: string) => (parse(md).unanswered ?? []).map((q) => q.prompt);

describe("question lists written as requests", () => {
  it("an English list of interviewer requests is a list of unanswered questions, not a topic", () => {
    const md = [
      "# Behavioural rounds",
      "",
      "## Acme questions",
      "",
      "- Tell me about a project you are proud of.",
      "- Why did you pick your last team?",
      "- Walk me through a bug you chased for days.",
      "",
      "## Start with a short story",
      "",
      "Open with where you work now and one result you are proud of, in two sentences.",
      "",
    ].join("\n");
    expect(prompts(md)).toEqual(["Start with a short story에 대해 설명해 주세요."]);
    expect(open(md)).toEqual(["Tell me about a project you are proud of.", "Why did you pick your last team?", "Walk me through a bug you chased for days."]);
  });

  it("Korean requests jotted without their ending (…에 대해 설명, …차이점 설명) ask as well", () => {
    const md = [
      "# 면접에서 받은 질문",
      "",
      "## 새 기술",
      "",
      "- 요즘 관심 있는 기술에 대해 설명",
      "- 웹어셈블리란?",
      "- 컨테이너와 가상 머신의 차이점 설명",
      "- 분산 원장을 간단하게 설명",
      "",
    ].join("\n");
    expect(prompts(md)).toEqual([]);
    expect(open(md)).toEqual(["요즘 관심 있는 기술에 대해 설명", "웹어셈블리란?", "컨테이너와 가상 머신의 차이점 설명", "분산 원장을 간단하게 설명"]);
  });

  it("a how-to list of steps stays the topic's answer", () => {
    const md = ["# 배포", "", "## 배포 순서", "", "- Describe the change in the pull request.", "- 빌드를 돌린다", "- 태그를 붙인다", ""].join("\n");
    expect(prompts(md)).toEqual(["배포 순서에 대해 설명해 주세요."]);
    expect(open(md)).toEqual([]);
  });
});
