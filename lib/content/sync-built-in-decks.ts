import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseDeck } from "@/lib/parser";
import { applyParsedDeck, type ApplyCounts } from "./apply-parsed-deck";

export const CONTENT_DIR = path.join(process.cwd(), "content");

/** Built-in deck ids are derived from the slug so they survive file renames. */
export function builtInDeckId(slug: string): string {
  return `builtin-${slug}`;
}

/** The deck files of content/ (README.md documents the format and is not a deck). */
export function listContentFiles(dir = CONTENT_DIR): string[] {
  return fs
    .readdirSync(/*turbopackIgnore: true*/ dir)
    .filter((f) => f.endsWith(".md") && f.toLowerCase() !== "readme.md")
    .sort();
}

export interface SyncReport extends ApplyCounts {
  decks: number;
  skipped: number;
}

/**
 * Upserts content/ decks at start-up. Unchanged files are skipped by hash, so
 * a restart costs one read per file; changed cards are updated in place and
 * removed ones archived, so review history is never lost.
 */
export async function syncBuiltInDecks(prisma: PrismaClient, now: Date, dir = CONTENT_DIR): Promise<SyncReport> {
  const report: SyncReport = { decks: 0, skipped: 0, added: 0, updated: 0, archived: 0, unchanged: 0 };
  for (const file of listContentFiles(dir)) {
    const markdown = fs.readFileSync(/*turbopackIgnore: true*/ path.join(dir, file), "utf8");
    const contentHash = crypto.createHash("sha256").update(markdown).digest("hex");
    const parsed = parseDeck(markdown, { path: file });
    const id = builtInDeckId(parsed.deck.slug);
    report.decks++;
    const current = await prisma.deck.findUnique({ where: { id }, select: { contentHash: true } });
    if (current?.contentHash === contentHash) {
      report.skipped++;
      continue;
    }
    for (const w of parsed.warnings) console.warn(`content/${file}:${w.line}: ${w.message}`);
    const deck = {
      slug: parsed.deck.slug,
      title: parsed.deck.title,
      description: parsed.deck.description,
      tags: JSON.stringify(parsed.deck.tags),
      sources: JSON.stringify(parsed.deck.sources),
      sourcePath: `content/${file}`,
      markdown,
      contentHash,
    };
    const counts = await prisma.$transaction(async (tx) => {
      await tx.deck.upsert({ where: { id }, create: { id, builtIn: true, ...deck }, update: deck });
      return applyParsedDeck(tx, id, parsed, now);
    });
    report.added += counts.added;
    report.updated += counts.updated;
    report.archived += counts.archived;
    report.unchanged += counts.unchanged;
  }
  return report;
}
