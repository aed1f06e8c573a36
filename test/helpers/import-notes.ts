import type { SessionUser } from "@/lib/data/session-user";
import { importNotes as importPrepared } from "@/lib/data/imports";
import type { NoteFile } from "@/lib/import/collect-note-files";
import { prepareNotes } from "@/lib/import/prepare-import";

/** Parses in-process (the API does this in a worker thread), then imports. */
export function importNoteFiles(
  user: SessionUser,
  notes: NoteFile[],
  opts: { preview: boolean; now: Date; confirmArchive?: boolean; practicePrompts?: boolean; mergeSubheadings?: boolean },
) {
  const prepared = prepareNotes(notes, opts.preview, () => {}, { practicePrompts: opts.practicePrompts, mergeSubheadings: opts.mergeSubheadings });
  return importPrepared(user, { ...prepared, confirmArchive: opts.confirmArchive ?? false }, opts.now);
}
