import "server-only";
import crypto from "node:crypto";
import { applyParsedDeck, type ApplyCounts } from "@/lib/content/apply-parsed-deck";
import { prisma } from "@/lib/db/prisma";
import type { NoteFile } from "@/lib/import/collect-note-files";
import { ImportRefusedError, refuse } from "@/lib/import/import-refused-error";
import { parseDeck } from "@/lib/parser";
import type { CardKind, ParsedDeck, ParseWarning } from "@/lib/parser/types";
import { diffDeck, type DeckDiff } from "@/lib/import/diff-deck";
import type { SessionUser } from "./session-user";

export interface ImportedCard {
  key: string;
  kind: CardKind;
  prompt: string;
  answer: string;
  tips: string[];
  steps?: string[];
  parentKey?: string;
  lineStart: number;
}

export interface ImportedFile extends ApplyCounts {
  name: string;
  /** The deck the file became (an existing one on re-import); absent in a preview of a new deck. */
  deckId?: string;
  slug: string;
  title: string;
  cards: ImportedCard[];
  warnings: ParseWarning[];
  /** The user's deck this file updates (re-import), with its current title. */
  existingDeck?: { id: string; title: string };
  /** Card by card: new, reworded and to-be-archived cards (see diffDeck). */
  diff: DeckDiff;
  /** True when the note gives no card: the file is not saved (no empty deck). */
  noCards: boolean;
}

export interface ImportResult extends ApplyCounts {
  preview: boolean;
  files: ImportedFile[];
}

/** Thrown inside the transaction to roll a preview back after counting. */
class PreviewRollback extends Error {}

/** A new user-deck id: `d_` and 16 random hex digits. */
export const newDeckId = () => `d_${crypto.randomBytes(8).toString("hex")}`;

function toCards(parsed: ParsedDeck): ImportedCard[] {
  return parsed.cards.map((c) => ({
    key: c.id,
    kind: c.kind,
    prompt: c.prompt,
    answer: c.answer,
    tips: c.tips,
    ...(c.steps ? { steps: c.steps } : {}),
    ...(c.parentId ? { parentKey: c.parentId } : {}),
    lineStart: c.lineStart,
  }));
}

/** Parses every note; two files claiming one slug: the later ones get a path-derived suffix. */
function parseAll(notes: NoteFile[]) {
  const taken = new Set<string>();
  return notes.map((note) => {
    let parsed: ParsedDeck;
    try {
      parsed = parseDeck(note.markdown, { path: note.name });
    } catch (err) {
      console.error(`[import] parser failed on ${note.name}`, err);
      throw refuse(note.name, "노트를 읽는 중 문제가 생겼습니다. 파일 내용을 확인해 주세요.", "parse_failed");
    }
    const warnings = [...parsed.warnings];
    let slug = parsed.deck.slug;
    if (taken.has(slug)) {
      const suffixed = `${slug}-${crypto.createHash("sha1").update(note.name).digest("hex").slice(0, 6)}`;
      warnings.unshift({ line: 1, message: `다른 파일과 덱 이름(${slug})이 같아 '${suffixed}'(으)로 저장합니다.` });
      slug = suffixed;
    }
    taken.add(slug);
    return { note, parsed: { ...parsed, deck: { ...parsed.deck, slug }, warnings } };
  });
}

const sum = (a: ApplyCounts, b: ApplyCounts): ApplyCounts => ({
  added: a.added + b.added,
  updated: a.updated + b.updated,
  archived: a.archived + b.archived,
  unchanged: a.unchanged + b.unchanged,
});

/**
 * Imports notes into the user's own decks, one deck per file keyed by
 * (owner, slug): re-importing a file updates its deck in place, so edited
 * cards keep their id, state and logs, and removed ones are archived. The
 * whole import is one transaction; a preview runs the same writes and rolls
 * them back, so its counts are exactly what saving would do.
 */
export async function importNotes(
  user: SessionUser,
  notes: NoteFile[],
  opts: { preview: boolean; now: Date; confirmArchive?: boolean },
): Promise<ImportResult> {
  const parsedFiles = parseAll(notes);
  if (!opts.preview && parsedFiles.every((f) => f.parsed.cards.length === 0)) {
    throw refuse(parsedFiles[0]?.note.name ?? "", "카드가 하나도 없어 저장할 수 없습니다. 미리 보기에서 이유를 확인해 주세요.", "no_cards");
  }
  let result: ImportResult = { preview: opts.preview, files: [], added: 0, updated: 0, archived: 0, unchanged: 0 };
  const run = prisma.$transaction(
    async (tx) => {
      for (const { note, parsed } of parsedFiles) {
        const { slug, title, description, tags, sources } = parsed.deck;
        const existing = await tx.deck.findFirst({ where: { ownerId: user.id, slug }, select: { id: true, title: true, titleCustom: true } });
        const base = { name: note.name, slug, title: existing?.titleCustom ? existing.title : title, cards: toCards(parsed), warnings: parsed.warnings };
        const existingDeck = existing ? { existingDeck: { id: existing.id, title: existing.title } } : {};
        if (parsed.cards.length === 0) {
          // An empty note never becomes (or empties) a deck.
          result.files.push({ ...base, ...existingDeck, added: 0, updated: 0, archived: 0, unchanged: 0, diff: { added: [], changed: [], archived: [] }, noCards: true });
          continue;
        }
        const stored = existing ? await tx.card.findMany({ where: { deckId: existing.id }, select: { key: true, prompt: true, answer: true, archivedAt: true } }) : [];
        const diff = diffDeck(stored, parsed.cards);
        if (!opts.preview && diff.archived.length > 0 && !opts.confirmArchive) {
          throw new ImportRefusedError(
            409,
            "confirm_archive",
            note.name,
            `${note.name}: 저장하면 ‘${existing?.title ?? title}’ 덱의 카드 ${diff.archived.length}장이 보관됩니다. 미리 보기에서 확인한 뒤 저장해 주세요.`,
          );
        }
        const id = existing?.id ?? newDeckId();
        const fields = {
          // A title the user gave the deck in the library wins over the note's.
          ...(existing?.titleCustom ? {} : { title }),
          description,
          tags: JSON.stringify(tags),
          sources: JSON.stringify(sources),
          sourcePath: note.name,
          markdown: note.markdown,
          contentHash: crypto.createHash("sha256").update(note.markdown).digest("hex"),
        };
        if (existing) await tx.deck.update({ where: { id }, data: fields });
        else await tx.deck.create({ data: { id, slug, ownerId: user.id, builtIn: false, title, ...fields } });
        const counts = await applyParsedDeck(tx, id, parsed, opts.now);
        result = { ...result, ...sum(result, counts) };
        result.files.push({ ...base, ...existingDeck, ...(existing || !opts.preview ? { deckId: id } : {}), ...counts, diff, noCards: false });
      }
      if (opts.preview) throw new PreviewRollback();
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
  try {
    await run;
  } catch (err) {
    if (!(err instanceof PreviewRollback)) throw err;
  }
  return result;
}
