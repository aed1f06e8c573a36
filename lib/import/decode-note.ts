import { refuse } from "./import-refused-error";

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decodes a note file's bytes as UTF-8 text. Binary files (NUL bytes, or a
 * high share of control characters) and any other encoding are refused.
 */
export function decodeNote(name: string, bytes: Uint8Array): string {
  if (bytes.includes(0)) throw refuse(name, "바이너리 파일은 가져올 수 없습니다.", "binary_file");
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw refuse(name, "UTF-8 텍스트 파일이 아닙니다. UTF-8로 저장한 뒤 다시 시도해 주세요.", "not_utf8");
  }
  let control = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  if (control > 0 && control / Math.max(text.length, 1) > 0.01) {
    throw refuse(name, "바이너리 파일은 가져올 수 없습니다.", "binary_file");
  }
  return text.replace(/\r\n?/g, "\n");
}

/**
 * Checks a file name or zip entry path and returns it normalized ("/"
 * separators). Absolute paths, drive letters and `..` segments are refused.
 */
export function checkImportPath(raw: string, maxLength: number): string {
  const name = raw.replace(/\\/g, "/");
  const shown = name.slice(0, 120) || "(이름 없음)";
  if (!name.trim()) throw refuse(shown, "파일 이름이 비어 있습니다.", "bad_path");
  if (name.length > maxLength) throw refuse(shown, `파일 이름이 너무 깁니다(최대 ${maxLength}자).`, "bad_path");
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f]/.test(name)) throw refuse(shown, "파일 이름에 제어 문자가 있습니다.", "bad_path");
  if (name.startsWith("/") || /^[a-zA-Z]:/.test(name)) throw refuse(shown, "절대 경로는 가져올 수 없습니다.", "bad_path");
  const parts = name.split("/");
  if (parts.some((p) => p === "..")) throw refuse(shown, "'..'이 들어간 경로는 가져올 수 없습니다.", "bad_path");
  return parts.filter((p) => p !== "" && p !== ".").join("/");
}
