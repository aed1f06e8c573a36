/**
 * Stable card ids. Pure TypeScript (runs in the browser too): no node:crypto.
 */
import { cleanHeading } from "./questions";

const encoder = new TextEncoder();

/**
 * 64-bit FNV-1a over the UTF-8 bytes of `text`, as 16 hex chars.
 * Deterministic across platforms; uses four 16-bit limbs so it needs no
 * BigInt (and no node:crypto, so it also runs in the browser).
 */
export function fnv1a64(text: string): string {
  // offset basis 0xcbf29ce484222325, little-endian 16-bit limbs
  let h0 = 0x2325, h1 = 0x8422, h2 = 0x9ce4, h3 = 0xcbf2;
  for (const byte of encoder.encode(text)) {
    h0 ^= byte;
    // h *= 0x100000001b3, i.e. h * 0x1b3 + (h << 40), modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (t1 >>> 16) + ((h0 << 8) & 0xffffff);
    const t3 = h3 * 0x1b3 + (t2 >>> 16) + (h1 << 8);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return [h3, h2, h1, h0].map((h) => h.toString(16).padStart(4, "0")).join("");
}

/**
 * Deck key from a file path: drop the extension and "./", lower-case, keep
 * letters (any script) and digits, join the rest with "-".
 */
export function slugFromPath(path: string): string {
  const noExt = path.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\.[A-Za-z0-9]{1,10}$/, "");
  return slugify(noExt) || "deck";
}

/** Lower-case, letters/digits kept, everything else collapsed to "-". */
export function slugify(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "").slice(0, 120);
}

/** Normalise one heading for use in an id. */
export function idPart(text: string): string {
  return cleanHeading(text).normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The card id: hash of deck key, normalised heading path, kind and the
 * card's role within its section (e.g. "why", or the question text for
 * questions that are not headings). Never includes the answer body.
 */
export function cardId(deckKey: string, headingPath: string[], kind: string, role: string, ordinal = 1): string {
  const parts = [deckKey, ...headingPath.map(idPart), kind, idPart(role)];
  if (ordinal > 1) parts.push(`#${ordinal}`);
  return fnv1a64(parts.join("\u001f"));
}
