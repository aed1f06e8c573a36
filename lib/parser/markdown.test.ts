/**
 * parseMarkdown skips each GFM construct (literal autolinks and their pass, tables,
 * strikethrough, footnotes, task boxes) for chunks that cannot hold it; the tree must be exactly
 * what remark-gfm alone gives, with and without each of them.
 */
import remarkFrontmatter from "remark-frontmatter";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown";

const reference = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ["yaml"]);

const NOTES = [
  "## TCP란?\n\n연결 지향 프로토콜입니다.\n\n| 질문 | 답 |\n| --- | --- |\n| 왜? | 신뢰성 |\n\n- [x] 완료\n~~취소~~",
  "참고: https://developer.mozilla.org/ko/ 와 www.example.com, 문의는 study@example.com",
  "메일은 study&#64;example.com 으로, 주소는 &#104;ttps://example.com 입니다.",
  "HTTPS://EXAMPLE.COM/PATH 와 WWW.EXAMPLE.COM 도 링크입니다.",
  "mailto:a@b.co 와 xmpp:me@chat.example.org/home",
  "[링크](https://a.example) 안의 https://b.example 은 그대로",
  // (no "|": setext headings, thematic breaks and ":---" lines that only look like a table's delimiter row)
  "구분\n---\n\n질문 답\n:---: ---:\n\n질문\n:-\n\n- 항목\n  ---",
  // (one "|" is enough for a table, and a one-column table needs none when its delimiter has a ":")
  "| 한 칸 |\n| :-: |\n| 값 |\n\n질문\n:-\n\n답\n---:\n\n> 인용\n> :--:\n\n- 항목\n  -:",
  "- [ ] 복습\n- [x] 정리\n- [X] 발표\n- [\t] 탭\n> - [\n> ] 인용 속 빈 칸\n\n* [y] 아님",
  "RAII는 자원을 객체 수명에 묶습니다[^1]. ~~GC~~ ~취소~ 도 있고 ~~~ 도 있습니다.\n\n[^1]: 스트롭스트룹이 제안.\n[^note]: 두 번째",
];

/** A web address without "@", an "@" without a web address, a bare "&", and references spelling "@" or an address. */
const LINK_NOTES = [
  "TCP & UDP 비교는 https://example.com/tcp?a=1&b=2 에서, www.example.org 도 참고",
  "@Override 와 @Autowired 는 주석이고, 문의는 me@example.co.kr 로 (A && B)",
  "메일은 study&commat;example.com, 주소는 h&#x74;tps://example.com, &amp; 도",
];

describe("parseMarkdown", () => {
  it.each([...NOTES, ...LINK_NOTES])("gives remark-gfm's own tree: %s", (text) => {
    expect(parseMarkdown(text)).toEqual(reference.parse(text));
  });

  it("gives remark-gfm's own tree for a long quiz whose code holds a line that looks like a link definition", () => {
    // (every chunk repeats the document's definitions; an indented copy continued the choice list a chunk ends with)
    const quiz = (n: number) => `###### ${n}. 무엇이 출력 될까요?\n\n\`\`\`js\nconsole.log(${n});\n\`\`\`\n\n- A: \`${n}\`\n- B: \`${n + 1}\`\n- C: 둘 다 아니에요.\n\n<details><summary><b>답</b></summary>\n<p>\n\n#### 답: A\n\n${n}이 출력돼요.\n\n</p>\n</details>\n\n---\n`;
    const text = Array.from({ length: 40 }, (_, i) => quiz(i + 1)).join("\n") + "\n```js\nconst o = {\n  [Symbol('a')]: 'b',\n};\n```\n";
    expect(parseMarkdown(text).children).toEqual(reference.parse(text).children);
  });

  it("gives remark-gfm's own blocks for any text made of table, list, quote and heading marks", () => {
    const piece = fc.constantFrom("a", "표 ", " ", "  ", "\t", "-", ":", "\n", "=", "*", "> ", "1. ", "~", "`", "#", "|", "http://x.y", "www.a.b", "b@c.d", "&", "&#64;", "&amp;", "@", "[", "]", "^", "x", "[ ]", "[^1]", "[^1]: ", "- [x] ");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        expect(parseMarkdown(text).children).toEqual(reference.parse(text).children);
      }),
      { numRuns: 3000, seed: 20261204 },
    );
  });

  it("gives remark-gfm's own tree where one chunk holds a web address and another an email", () => {
    const filler = Array.from({ length: 60 }, (_, i) => `${i}번째 문단은 TCP & UDP 이야기를 조금 더 합니다.`).join("\n\n");
    const text = `## 참고\n\nhttps://example.com/a 를 보세요.\n\n${filler}\n\n## 문의\n\nstudy@example.com 으로 보내 주세요.\n\n${filler}\n\n끝은 www.example.org 입니다.\n`;
    expect(parseMarkdown(text).children).toEqual(reference.parse(text).children);
  });

  it("still reads a table wherever one can be", () => {
    const types = (parseMarkdown(NOTES[7]!).children as { type: string }[]).map((n) => n.type);
    expect(types).toEqual(["table", "table", "table", "blockquote", "list"]);
  });

  it("still reads task boxes, footnotes and strikethrough where the text has them", () => {
    const types: string[] = [];
    const walk = (n: { type: string; checked?: boolean | null; children?: unknown[] }) => {
      if (n.type === "listItem" && typeof n.checked === "boolean") types.push(`task:${n.checked}`);
      else if (n.type !== "root" && n.type !== "list" && n.type !== "paragraph" && n.type !== "text" && n.type !== "listItem" && n.type !== "blockquote") types.push(n.type);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(parseMarkdown(NOTES[NOTES.length - 2]!) as never);
    walk(parseMarkdown(NOTES[NOTES.length - 1]!) as never);
    expect(types).toEqual(["task:false", "task:true", "task:true", "task:false", "task:false", "footnoteReference", "delete", "delete", "footnoteDefinition", "footnoteDefinition"]);
  });

  it("still finds literal autolinks where the text has them", () => {
    const links: string[] = [];
    const walk = (n: { type: string; url?: string; children?: unknown[] }) => {
      if (n.type === "link") links.push(n.url!);
      for (const c of (n.children ?? []) as (typeof n)[]) walk(c);
    };
    walk(parseMarkdown(NOTES[1]!) as never);
    expect(links).toEqual(["https://developer.mozilla.org/ko/", "http://www.example.com", "mailto:study@example.com"]);
  });
});
