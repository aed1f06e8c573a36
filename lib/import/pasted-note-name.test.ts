import { describe, expect, it } from "vitest";
import { slugFromPath } from "@/lib/parser/ids";
import { pastedNoteName } from "./pasted-note-name";

describe("pastedNoteName", () => {
  it("uses the name the user gives, adding .md", () => {
    expect(pastedNoteName("# 무엇이든", "운영체제")).toBe("운영체제.md");
    expect(pastedNoteName("# 무엇이든", " os/notes.md ")).toBe("os notes.md");
  });

  it("otherwise the note's title: front matter first, then the first heading", () => {
    expect(pastedNoteName("---\ntitle: \"네트워크 노트\"\n---\n# 다른 제목\n", "")).toBe("네트워크 노트.md");
    expect(pastedNoteName("서론\n\n## **TCP** 핸드셰이크 ##\n", "")).toBe("TCP 핸드셰이크.md");
  });

  it("two unrelated notes never share a deck identity", () => {
    const a = pastedNoteName("# TCP\n\n답", "");
    const b = pastedNoteName("# 가비지 컬렉션\n\n답", "");
    expect(slugFromPath(a)).not.toBe(slugFromPath(b));
    const c = pastedNoteName("제목 없는 메모 하나", "");
    const d = pastedNoteName("제목 없는 메모 둘", "");
    expect(c).toMatch(/^붙여넣은 노트 [0-9a-f]{8}\.md$/);
    expect(c).not.toBe(d);
    expect(pastedNoteName("제목 없는 메모 하나", "")).toBe(c); // the same paste keeps its identity
  });
});
