/**
 * Clean-up that keeps every line where it was: callout markers and Kramdown attributes are
 * taken out of the note's text, never out of code, however the fence is indented or quoted.
 */
import { describe, expect, it } from "vitest";
import { sanitizeSource } from "./sanitize";

describe("sanitizeSource", () => {
  it("drops a callout marker but keeps its title and the quote", () => {
    expect(sanitizeSource("> [!question]- 왜 인덱스가 필요한가요?\n> 찾는 행만 읽기 위해서입니다.")).toBe("> 왜 인덱스가 필요한가요?\n> 찾는 행만 읽기 위해서입니다.");
  });

  it("keeps a marker inside code fenced at the margin, in a list item and in a quote", () => {
    const margin = "```md\n> [!tip] 코드\n```";
    const listed = "1. 예시:\n\n    ```md\n    > [!tip] 목록 안의 코드\n    ```\n\n> [!note] 밖의 표시";
    const quoted = "> ```md\n> > [!tip] 인용 안의 코드\n> ```";
    expect(sanitizeSource(margin)).toBe(margin);
    expect(sanitizeSource(listed)).toBe("1. 예시:\n\n    ```md\n    > [!tip] 목록 안의 코드\n    ```\n\n> 밖의 표시");
    expect(sanitizeSource(quoted)).toBe(quoted);
  });

  it("keeps line breaks one per line and replaces control characters", () => {
    expect(sanitizeSource("\uFEFFa\r\nb\rc\u0000")).toBe("a\nb\nc\uFFFD");
  });
});
