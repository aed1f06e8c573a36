/** Hard limits of one import; every refusal names the file and the limit. */
export const IMPORT_LIMITS = {
  /** One note file, after decompression. */
  maxFileBytes: 2 * 1024 * 1024,
  /** Note files in one import, zips expanded. */
  maxFiles: 500,
  /** All uploaded bytes together (zips counted compressed). */
  maxTotalBytes: 20 * 1024 * 1024,
  /** All note files of one import together, after decompression (zip bombs). */
  maxUncompressedBytes: 40 * 1024 * 1024,
  /** Entries a zip may list at all, notes or not. */
  maxZipEntries: 5000,
  /** A file name or zip path. */
  maxNameLength: 255,
} as const;

export type ImportLimits = typeof IMPORT_LIMITS;

/**
 * Cards an import may create. Real interview notes stay far below (the
 * largest file of our corpus makes 157 cards); these keep one import from
 * holding the database or the parser for long.
 */
export const CARD_LIMITS = {
  /** Headings in one file, counted before parsing (a 20,000-heading note is refused at once). */
  maxHeadingsPerFile: 5000,
  /** Topic cards (cards that are not follow-ups) from one file. */
  maxTopicsPerFile: 1000,
  maxCardsPerFile: 2000,
  maxCardsPerImport: 10_000,
} as const;

/** How long the worker may take to read and parse one import before it is stopped. */
export const IMPORT_TIME_LIMIT_MS = 20_000;

/** The import time limit in force: IMPORT_TIME_LIMIT_MS from the environment (milliseconds), else 20 s. */
export function importTimeLimitMs(env: Record<string, string | undefined> = process.env): number {
  const ms = Number(env.IMPORT_TIME_LIMIT_MS);
  return Number.isInteger(ms) && ms > 0 ? ms : IMPORT_TIME_LIMIT_MS;
}

/** How long the worker may take to read and check one restore (a 50 MB export parses in a few seconds). */
export const RESTORE_TIME_LIMIT_MS = 60_000;

/** JSON body cap of POST /api/v1/imports: base64 of the byte cap, plus slack for JSON. */
export const IMPORT_BODY_MAX_BYTES = Math.ceil((IMPORT_LIMITS.maxTotalBytes * 4) / 3) + 1024 * 1024;

/** Extensions read as notes. `.txt` is accepted because many note folders use it. */
export const NOTE_EXTENSIONS = [".md", ".markdown", ".txt"] as const;

export function isNoteName(name: string): boolean {
  const lower = name.toLowerCase();
  return NOTE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function isZipName(name: string): boolean {
  return name.toLowerCase().endsWith(".zip");
}

export const formatMegabytes = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10}MB`;
