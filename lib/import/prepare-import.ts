import crypto from "node:crypto";
import { z } from "zod";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import { parseDeck } from "@/lib/parser";
import type { ParsedDeck } from "@/lib/parser/types";
import { collectNoteFiles, type NoteFile } from "./collect-note-files";
import { ImportRefusedError, refuse, tooLarge } from "./import-refused-error";
import type { ImportedCard, ImportFailure, PreparedFile, PreparedImport } from "./import-types";
import { CARD_LIMITS, IMPORT_LIMITS } from "./limits";

export const importBodySchema = z.object({
  files: z
    .array(
      z.object({
        name: z.string().min(1).max(IMPORT_LIMITS.maxNameLength),
        content: z.string(),
        encoding: z.enum(["utf8", "base64"]).optional(),
      }),
    )
    .min(1)
    .max(IMPORT_LIMITS.maxFiles),
  preview: z.boolean().optional(),
  /** Unanswered questions become cards without a model answer. */
  practicePrompts: z.boolean().optional(),
  /** A topic's leaf sub-headings fold into its answer (ParseOptions.mergeSubheadings). */
  mergeSubheadings: z.boolean().optional(),
  /** Saving a re-import that archives cards needs this (the preview listed them). */
  confirmArchive: z.boolean().optional(),
});

function toCards(parsed: ParsedDeck, preview: boolean): (ImportedCard & { givenHtml?: string; answerHtml?: string })[] {
  return parsed.cards.map((c) => ({
    key: c.id,
    kind: c.kind,
    prompt: c.prompt,
    ...(c.given ? { given: c.given } : {}),
    answer: c.answer,
    tips: c.tips,
    ...(c.steps ? { steps: c.steps } : {}),
    ...(c.parentId ? { parentKey: c.parentId } : {}),
    lineStart: c.lineStart,
    // A preview shows answers as sanitized HTML, exactly as study will render them.
    ...(preview ? { answerHtml: renderMarkdown(c.answer), ...(c.given ? { givenHtml: renderMarkdown(c.given) } : {}) } : {}),
  }));
}

/** Refuses a note with far more headings than any deck may have, before the parser spends seconds on it. */
function checkHeadingCount(note: NoteFile): void {
  let headings = 0;
  for (const line of note.markdown.split("\n")) if (/^ {0,3}#{1,6}\s/.test(line)) headings++;
  if (headings > CARD_LIMITS.maxHeadingsPerFile) {
    throw tooLarge(note.name, `제목(#)이 ${headings}개입니다. 한 파일에는 ${CARD_LIMITS.maxHeadingsPerFile}개까지만 가져올 수 있습니다. 파일을 나누어 주세요.`);
  }
}

/** Caps topics and cards per file and per import; the refusal names the file that crossed the line. */
function checkCardCounts(name: string, parsed: ParsedDeck, cardsSoFar: number): number {
  const topics = parsed.cards.filter((c) => !c.parentId).length;
  if (topics > CARD_LIMITS.maxTopicsPerFile) {
    throw tooLarge(name, `주제가 ${topics}개입니다. 한 파일에서 가져올 수 있는 주제는 ${CARD_LIMITS.maxTopicsPerFile}개까지입니다. 파일을 나누어 주세요.`);
  }
  if (parsed.cards.length > CARD_LIMITS.maxCardsPerFile) {
    throw tooLarge(name, `카드가 ${parsed.cards.length}장입니다. 한 파일에서 가져올 수 있는 카드는 ${CARD_LIMITS.maxCardsPerFile}장까지입니다. 파일을 나누어 주세요.`);
  }
  const total = cardsSoFar + parsed.cards.length;
  if (total > CARD_LIMITS.maxCardsPerImport) {
    throw tooLarge(name, `이 파일까지 카드가 ${total}장입니다. 한 번에 가져올 수 있는 카드는 ${CARD_LIMITS.maxCardsPerImport}장까지입니다. 나누어 가져와 주세요.`);
  }
  return total;
}

/**
 * Parses every note; two files claiming one slug: the later ones get a
 * path-derived suffix. `onFile` hears each file name before its parse, so a
 * time-out can say which file was too much.
 */
/** The parser's switches an import may set. */
export type ImportParseOptions = { practicePrompts?: boolean; mergeSubheadings?: boolean };

function parseAll(notes: NoteFile[], preview: boolean, options: ImportParseOptions, onFile: (name: string) => void): PreparedFile[] {
  const taken = new Set<string>();
  let cards = 0;
  return notes.map((note) => {
    onFile(note.name);
    checkHeadingCount(note);
    let parsed: ParsedDeck;
    try {
      parsed = parseDeck(note.markdown, { path: note.name, practicePrompts: options.practicePrompts ?? false, mergeSubheadings: options.mergeSubheadings ?? false });
    } catch (err) {
      console.error(`[import] parser failed on ${note.name}`, err);
      throw refuse(note.name, "노트를 읽는 중 문제가 생겼습니다. 파일 내용을 확인해 주세요.", "parse_failed");
    }
    cards = checkCardCounts(note.name, parsed, cards);
    const warnings = [...parsed.warnings];
    let slug = parsed.deck.slug;
    if (taken.has(slug)) {
      const suffixed = `${slug}-${crypto.createHash("sha1").update(note.name).digest("hex").slice(0, 6)}`;
      warnings.unshift({ line: 1, message: `다른 파일과 덱 이름(${slug})이 같아 '${suffixed}'(으)로 저장합니다.` });
      slug = suffixed;
    }
    taken.add(slug);
    const final = { ...parsed, deck: { ...parsed.deck, slug }, warnings };
    return {
      name: note.name,
      markdown: note.markdown,
      contentHash: crypto.createHash("sha256").update(note.markdown).digest("hex"),
      parsed: final,
      cards: toCards(final, preview),
    };
  });
}

/** Parses collected notes for `importNotes` (throws ImportRefusedError past a limit). */
export function prepareNotes(notes: NoteFile[], preview: boolean, onFile: (name: string) => void = () => {}, options: ImportParseOptions = {}): PreparedImport {
  return { preview, files: parseAll(notes, preview, options, onFile), skipped: [] };
}

/**
 * All the CPU work of an import, from the raw request body to parsed decks:
 * JSON, validation, base64, zips, decoding, parsing, preview HTML. Runs in
 * an import worker (lib/import/import-worker.ts), never on the request thread.
 */
export function prepareImport(body: Uint8Array, onFile: (name: string) => void = () => {}): { ok: true; value: PreparedImport } | { ok: false; error: ImportFailure } {
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("utf8"));
  } catch {
    return { ok: false, error: { status: 400, code: "invalid_json", message: t.apiErrors.invalidJson } };
  }
  const parsed = importBodySchema.safeParse(data);
  if (!parsed.success) return { ok: false, error: { status: 400, code: "validation", message: t.apiErrors.validation } };
  try {
    const preview = parsed.data.preview ?? false;
    const { notes, skipped } = collectNoteFiles(parsed.data.files);
    const prepared = prepareNotes(notes, preview, onFile, { practicePrompts: parsed.data.practicePrompts, mergeSubheadings: parsed.data.mergeSubheadings });
    return { ok: true, value: { ...prepared, confirmArchive: parsed.data.confirmArchive ?? false, skipped } };
  } catch (err) {
    if (err instanceof ImportRefusedError) return { ok: false, error: { status: err.status, code: err.code, message: err.message, fields: { file: err.file } } };
    throw err;
  }
}
