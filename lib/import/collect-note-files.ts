import { checkImportPath, decodeNote } from "./decode-note";
import { refuse, tooLarge } from "./import-refused-error";
import { formatMegabytes, IMPORT_LIMITS, isNoteName, isZipName, type ImportLimits } from "./limits";
import { readZip } from "./read-zip";

/** One uploaded file as the API receives it. */
export interface UploadedFile {
  name: string;
  content: string;
  /** `base64` for raw bytes (required for zips); plain text otherwise. */
  encoding?: "utf8" | "base64";
}

/** A note ready for the parser: its path (zip paths kept) and UTF-8 text. */
export interface NoteFile {
  name: string;
  markdown: string;
}

export interface CollectedNotes {
  notes: NoteFile[];
  /** Zip entries passed over because they are not notes (images, hidden files…). */
  skipped: string[];
}

const isHidden = (path: string) => path.split("/").some((p) => p.startsWith(".") || p === "__MACOSX");

function toBytes(file: UploadedFile): Uint8Array {
  if (file.encoding !== "base64") return new TextEncoder().encode(file.content);
  if (!/^[A-Za-z0-9+/\s]*={0,2}\s*$/.test(file.content)) throw refuse(file.name, "base64 인코딩이 올바르지 않습니다.", "bad_encoding");
  return Buffer.from(file.content, "base64");
}

/**
 * Turns an upload into note files, all limits checked: sizes, file count,
 * names, zips (paths, bombs), binary and non-UTF-8 content. Throws
 * ImportRefusedError at the first refusal, so nothing partial comes out.
 */
export function collectNoteFiles(files: UploadedFile[], limits: ImportLimits = IMPORT_LIMITS): CollectedNotes {
  const notes: NoteFile[] = [];
  const skipped: string[] = [];
  let uploaded = 0;
  let expanded = 0;
  const add = (name: string, bytes: Uint8Array) => {
    if (bytes.length > limits.maxFileBytes) throw tooLarge(name, `파일이 ${formatMegabytes(limits.maxFileBytes)}를 넘습니다.`);
    expanded += bytes.length;
    if (expanded > limits.maxUncompressedBytes) throw tooLarge(name, `가져오기 전체 크기가 ${formatMegabytes(limits.maxUncompressedBytes)}를 넘습니다.`);
    if (notes.length >= limits.maxFiles) throw tooLarge(name, `한 번에 가져올 수 있는 파일은 ${limits.maxFiles}개까지입니다.`);
    notes.push({ name, markdown: decodeNote(name, bytes) });
  };

  for (const file of files) {
    const name = checkImportPath(file.name, limits.maxNameLength);
    const bytes = toBytes({ ...file, name });
    uploaded += bytes.length;
    if (uploaded > limits.maxTotalBytes) throw tooLarge(name, `가져오기 전체 크기가 ${formatMegabytes(limits.maxTotalBytes)}를 넘습니다.`);
    if (isZipName(name)) {
      if (file.encoding !== "base64") throw refuse(name, "zip 파일은 base64로 보내야 합니다.", "bad_encoding");
      const entries = readZip(name, bytes, { ...limits, maxUncompressedBytes: limits.maxUncompressedBytes - expanded }, (path) => {
        const keep = isNoteName(path) && !isHidden(path);
        if (!keep && !path.endsWith("/")) skipped.push(`${name}/${path}`);
        return keep;
      });
      for (const entry of entries) add(entry.path, entry.bytes);
    } else if (isNoteName(name)) {
      add(name, bytes);
    } else {
      throw refuse(name, "마크다운(.md, .markdown, .txt)이나 .zip 파일만 가져올 수 있습니다.", "unsupported_file");
    }
  }
  if (notes.length === 0) throw refuse(files[0]?.name ?? "(파일 없음)", "가져올 노트 파일이 없습니다.", "no_notes");
  const seen = new Set<string>();
  for (const note of notes) {
    if (seen.has(note.name)) throw refuse(note.name, "같은 이름의 파일이 두 번 들어 있습니다.", "duplicate_file");
    seen.add(note.name);
  }
  return { notes, skipped };
}
