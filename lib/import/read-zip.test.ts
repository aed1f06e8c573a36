import { describe, expect, it } from "vitest";
import { decodeEntryName } from "./read-zip";

// "노트/면접.md" in code page 949, as Korean Windows' built-in zip writes it.
const CP949_NAME = Uint8Array.from([0xb3, 0xeb, 0xc6, 0xae, 0x2f, 0xb8, 0xe9, 0xc1, 0xa2, 0x2e, 0x6d, 0x64]);

describe("decodeEntryName", () => {
  it("reads names flagged as UTF-8", () => {
    expect(decodeEntryName(Buffer.from("노트/면접.md", "utf8"), 0x800)).toBe("노트/면접.md");
  });
  it("reads UTF-8 names written without the flag (macOS)", () => {
    expect(decodeEntryName(Buffer.from("노트/면접.md", "utf8"), 0)).toBe("노트/면접.md");
  });
  it("reads CP949 names from Korean Windows zips", () => {
    expect(decodeEntryName(CP949_NAME, 0)).toBe("노트/면접.md");
  });
});
