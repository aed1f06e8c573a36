import { describe, expect, it } from "vitest";
import { writeZip } from "@/lib/export/write-zip";
import { collectNoteFiles } from "./collect-note-files";
import { ImportRefusedError } from "./import-refused-error";

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const zipFile = (files: { path: string; content: string | Uint8Array }[], name = "notes.zip") => ({ name, content: b64(writeZip(files)), encoding: "base64" as const });

function refusal(fn: () => unknown): ImportRefusedError {
  try {
    fn();
  } catch (err) {
    if (err instanceof ImportRefusedError) return err;
    throw err;
  }
  throw new Error("expected a refusal");
}

describe("collectNoteFiles", () => {
  it("reads plain files and the notes of a zip, skipping images and hidden files", () => {
    const out = collectNoteFiles([
      { name: "a.md", content: "# 가\n" },
      zipFile([
        { path: "folder/b.md", content: "## 나\r\n본문" },
        { path: "folder/c.txt", content: "다" },
        { path: "folder/img.png", content: new Uint8Array([1, 2, 3]) },
        { path: "__MACOSX/folder/._b.md", content: "x" },
      ]),
    ]);
    expect(out.notes).toEqual([
      { name: "a.md", markdown: "# 가\n" },
      { name: "folder/b.md", markdown: "## 나\n본문" },
      { name: "folder/c.txt", markdown: "다" },
    ]);
    expect(out.skipped).toEqual(["notes.zip/folder/img.png", "notes.zip/__MACOSX/folder/._b.md"]);
  });

  it("refuses `..` and absolute paths inside a zip, naming the entry", () => {
    const err = refusal(() => collectNoteFiles([zipFile([{ path: "../../etc/evil.md", content: "x" }])]));
    expect(err).toMatchObject({ status: 400, code: "bad_path" });
    expect(err.message).toContain("../../etc/evil.md");
    expect(refusal(() => collectNoteFiles([zipFile([{ path: "/abs.md", content: "x" }])])).code).toBe("bad_path");
    expect(refusal(() => collectNoteFiles([{ name: "..\\x.md", content: "x" }])).code).toBe("bad_path");
  });

  it("refuses a zip bomb by its declared size and a lying header while inflating", () => {
    const big = "a".repeat(30 * 1024 * 1024);
    const honest = refusal(() => collectNoteFiles([zipFile([{ path: "bomb.md", content: big }])]));
    expect(honest).toMatchObject({ status: 413 });
    expect(honest.message).toContain("bomb.md");

    const lying = Buffer.from(writeZip([{ path: "bomb.md", content: "a".repeat(1024 * 1024) }]));
    const dir = lying.readUInt32LE(lying.length - 22 + 16);
    lying.writeUInt32LE(100, dir + 24); // central: uncompressed size
    const err = refusal(() => collectNoteFiles([{ name: "bomb.zip", content: lying.toString("base64"), encoding: "base64" }]));
    expect(err).toMatchObject({ status: 413 });
    expect(err.message).toContain("zip 폭탄");
  });

  it("refuses binary, non-UTF-8, oversized and unsupported files", () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    expect(refusal(() => collectNoteFiles([{ name: "x.md", content: b64(png), encoding: "base64" }])).code).toBe("binary_file");
    const euckr = new Uint8Array([0xc7, 0xd1, 0xb1, 0xdb]); // "한글" in EUC-KR
    const notUtf8 = refusal(() => collectNoteFiles([{ name: "한글.md", content: b64(euckr), encoding: "base64" }]));
    expect(notUtf8).toMatchObject({ code: "not_utf8" });
    expect(notUtf8.message).toContain("한글.md");
    expect(refusal(() => collectNoteFiles([{ name: "big.md", content: "가".repeat(1024 * 1024) }]))).toMatchObject({ status: 413, file: "big.md" });
    expect(refusal(() => collectNoteFiles([{ name: "run.exe", content: "x" }])).code).toBe("unsupported_file");
  });

  it("refuses more than 500 files and more than 20 MB in all", () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ name: `n${i}.md`, content: "x" }));
    expect(refusal(() => collectNoteFiles(many))).toMatchObject({ status: 413, file: "n500.md" });
    const chunk = "a".repeat(1.9 * 1024 * 1024);
    const heavy = Array.from({ length: 11 }, (_, i) => ({ name: `h${i}.md`, content: chunk }));
    expect(refusal(() => collectNoteFiles(heavy))).toMatchObject({ status: 413, file: "h10.md" });
  });
});
