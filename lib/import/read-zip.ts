import zlib from "node:zlib";
import { checkImportPath } from "./decode-note";
import { refuse, tooLarge } from "./import-refused-error";
import { formatMegabytes, type ImportLimits } from "./limits";

export interface ZipEntry {
  /** Normalized path inside the zip. */
  path: string;
  bytes: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function findEndRecord(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

/**
 * Reads the entries of a zip that `wanted(path)` accepts, enforcing the
 * limits: per-file and total uncompressed size are checked against the
 * directory *and* while inflating (a lying header cannot inflate past the
 * cap), no absolute or `..` paths, no encryption, no zip64.
 */
export function readZip(zipName: string, data: Uint8Array, limits: ImportLimits, wanted: (path: string) => boolean): ZipEntry[] {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  const bad = (why: string) => refuse(zipName, why, "bad_zip");
  const end = findEndRecord(buf);
  if (end < 0) throw bad("올바른 zip 파일이 아닙니다.");
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff) throw bad("zip64 형식은 지원하지 않습니다.");
  if (count > limits.maxZipEntries) throw tooLarge(zipName, `zip 안의 항목이 너무 많습니다(최대 ${limits.maxZipEntries}개).`);

  const out: ZipEntry[] = [];
  let total = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw bad("zip 목차가 손상되었습니다.");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const skip = nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const rawName = decodeEntryName(buf.subarray(p + 46, p + 46 + nameLen), flags);
    p += 46 + skip;
    const display = `${zipName}/${rawName}`;
    const path = checkImportPath(rawName, limits.maxNameLength);
    if (rawName.endsWith("/") || !wanted(path)) continue;
    if (flags & 1) throw refuse(display, "암호가 걸린 파일은 가져올 수 없습니다.", "bad_zip");
    if (method !== 0 && method !== 8) throw refuse(display, "지원하지 않는 압축 방식입니다.", "bad_zip");
    if (size > limits.maxFileBytes) throw tooLarge(display, `파일이 ${formatMegabytes(limits.maxFileBytes)}를 넘습니다.`);
    if (total + size > limits.maxUncompressedBytes) throw tooLarge(zipName, `압축을 푼 크기가 ${formatMegabytes(limits.maxUncompressedBytes)}를 넘습니다.`);
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL) throw bad("zip 항목이 손상되었습니다.");
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressed > buf.length) throw bad("zip 항목이 손상되었습니다.");
    const body = buf.subarray(start, start + compressed);
    let bytes: Uint8Array;
    try {
      bytes = method === 0 ? body : zlib.inflateRawSync(body, { maxOutputLength: Math.max(size, 1) });
    } catch (err) {
      if (err instanceof RangeError) throw tooLarge(display, "압축을 푼 크기가 목차에 적힌 크기보다 큽니다(zip 폭탄 의심).");
      throw refuse(display, "압축을 풀 수 없습니다.", "bad_zip");
    }
    if (bytes.length !== size) throw refuse(display, "압축을 푼 크기가 목차와 다릅니다.", "bad_zip");
    total += bytes.length;
    if (out.length >= limits.maxFiles) throw tooLarge(zipName, `파일이 너무 많습니다(최대 ${limits.maxFiles}개).`);
    out.push({ path, bytes });
  }
  return out;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const cp949 = new TextDecoder("euc-kr"); // WHATWG "euc-kr" is Windows code page 949

/**
 * A zip entry's file name. Bit 11 of the flags marks UTF-8; without it, zips
 * made on Korean Windows store names in CP949, while macOS tools often write
 * UTF-8 without setting the bit, so strict UTF-8 is tried first.
 */
export function decodeEntryName(bytes: Uint8Array, flags: number): string {
  if (flags & 0x800) return Buffer.from(bytes).toString("utf8");
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return cp949.decode(bytes);
  }
}
