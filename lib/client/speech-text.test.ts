import { describe, expect, it } from "vitest";
import { markdownToSpeech, speechChunks } from "./speech-text";

describe("markdownToSpeech", () => {
  it("keeps the words and drops Markdown syntax", () => {
    const md = "## 제목\n\n먼저 **SYN**을 보냅니다.\n[RFC 9293](https://example.com)을 보세요\n\n- `ACK` 전송\n- _상태_ 변경";
    expect(markdownToSpeech(md)).toBe("제목.\n먼저 SYN을 보냅니다. RFC 9293을 보세요.\nACK 전송. 상태 변경.");
  });

  it("drops fenced code, HTML tags and autolinks", () => {
    const md = "설명입니다.\n\n```js\nconsole.log(1)\n```\n\n<b>굵게</b> <https://x.y>";
    expect(markdownToSpeech(md)).toBe("설명입니다.\n굵게.");
  });

  it("reads table cells as a list", () => {
    expect(markdownToSpeech("| 상태 | 의미 |\n|---|---|\n| SYN_SENT | 대기 |")).toBe("상태, 의미 SYN_SENT, 대기.");
  });

  it("leaves snake_case identifiers alone", () => {
    expect(markdownToSpeech("TIME_WAIT와 CLOSE_WAIT 상태")).toBe("TIME_WAIT와 CLOSE_WAIT 상태.");
  });
});

describe("speechChunks", () => {
  it("splits long text at sentence ends under the limit", () => {
    const text = "가나다라마바사. ".repeat(40);
    const chunks = speechChunks(text, 50);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(75);
    expect(chunks.join(" ").replace(/\s+/g, "")).toBe(text.replace(/\s+/g, ""));
  });

  it("keeps short text whole", () => {
    expect(speechChunks("짧은 문장입니다.")).toEqual(["짧은 문장입니다."]);
  });
});
