/**
 * Ordinary notes a second reader wrote against this round's rules (fixtures in
 * lib/parser/fixtures/review-eleven/, their own words). Each was misread by a
 * rule before review: an answer saying "생각해 보자" emptied, a list of points
 * cut to its one "**…?** : 답" item, "LocalStorage"/"GitHub"/"JavaScript" notes
 * taken for a repository's README, "## 목록"/"## 구성원"/"## 심화 스터디" topics
 * skipped, a "**핵심**" label read as a writer's name, a 목차 with prose carded,
 * a navigation link after "**참고**" added to the answer, a "<br>" that is the
 * answer cut, ":30:" read as an emoji code, a study rule's FAQ carded. Each now
 * reads as it did before the round.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDeck } from "./index";

const DIR = path.join(__dirname, "fixtures", "review-eleven");
const parse = (name: string) => parseDeck(readFileSync(path.join(DIR, name), "utf8"), { path: name });
const cardsOf = (name: string) => parse(name).cards.map((c) => [c.lineStart, c.kind, c.prompt]);

describe("ordinary notes the round's rules must leave alone", () => {
  it.each([
    ["n01-localstorage.md", [[1, "qa", "LocalStorage에 대해 설명해 주세요."], [5, "qa", "SessionStorage와의 차이에 대해 설명해 주세요."]]],
    ["n02-github.md", [[1, "qa", "GitHub에 대해 설명해 주세요."]]],
    ["n03-html-list.md", [[3, "qa", "목록에 대해 설명해 주세요."], [7, "qa", "표에 대해 설명해 주세요."]]],
    ["n04-class-members.md", [[3, "qa", "구성원에 대해 설명해 주세요."], [7, "qa", "접근 제어자에 대해 설명해 주세요."]]],
    // (a title opening on "## 개념" is asked itself, its definition the answer: opening-definition.test.ts)
    ["n05-extra-study.md", [[1, "qa", "트랜잭션에 대해 설명해 주세요."], [7, "qa", "심화 스터디에 대해 설명해 주세요."]]],
    ["n06-diff-summary.md", [[3, "qa", "TCP와 UDP의 정리에 대해 설명해 주세요."]]],
    ["n08-toc-prose.md", [[9, "qa", "OSI에 대해 설명해 주세요."]]],
    ["n10-try-yourself.md", [[3, "qa", "데드락을 막으려면 어떻게 해야 하나요?"]]],
    ["n25-shortcode.md", [[3, "qa", ":hover와 :focus의 차이는?"], [7, "qa", "시간 형식 12:30:45 에서 :30: 부분은?"]]],
    ["n35-think-yourself.md", [[3, "qa", "스택 오버플로는 왜 생기나요?"]]],
    ["n38-javascript.md", [[1, "qa", "JavaScript에 대해 설명해 주세요."]]],
    ["n42-rules-faq.md", [[9, "qa", "퀵 정렬은 왜 빠른가요?"]]],
  ])("%s", (name, expected) => {
    expect(cardsOf(name)).toEqual(expected);
    expect(parse(name).unanswered).toEqual([]);
  });

  it("keeps every point of a list beside its one bold question, a <br> that is the answer, and no navigation link", () => {
    expect(parse("n13-bold-lead-mixed.md").cards[0]!.answer).toBe(
      "- 대부분의 RDBMS는 인덱스를 B-Tree로 구현한다\n- **왜 해시가 아니라 B-Tree일까?** : 범위 검색과 정렬이 가능하기 때문\n- 데이터가 많을수록 쓰기 비용이 커진다",
    );
    expect(parse("n09-br-answer.md").cards[0]!.answer).toBe("문단 안에서 줄을 바꿀 때 쓰는 빈 태그는 <br>");
    const vm = parse("n16-sources-plain.md").cards[0]!;
    expect(vm.answer).toBe("물리 메모리보다 큰 주소 공간을 프로세스에 제공하는 기법이다. 페이지 단위로 필요한 부분만 올린다.");
    expect(vm.answer).not.toContain("](#");
  });
});
