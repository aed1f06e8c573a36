import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { UserExport } from "@/lib/export/export-schema";
import { renderDeckMarkdown } from "@/lib/export/render-deck-markdown";
import { toRevlogCsv } from "@/lib/export/revlog-csv";
import { writeZip, type ZipInput } from "@/lib/export/write-zip";
import type { CardKind } from "@/lib/parser/types";
import { parseStringList } from "./json-fields";
import { notFound } from "./errors";
import type { SessionUser } from "./session-user";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

async function ownDecks(user: SessionUser, deckId?: string) {
  const decks = await prisma.deck.findMany({
    where: { ownerId: user.id, ...(deckId ? { id: deckId } : {}) },
    orderBy: { createdAt: "asc" },
    include: {
      cards: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      // A long Markdown a restore wrote in pieces (prisma/schema.prisma DeckMarkdownPiece) is put back together here.
      markdownPieces: { orderBy: { n: "asc" }, select: { text: true } },
    },
  });
  return decks.map((d) => {
    const keyOf = new Map(d.cards.map((c) => [c.id, c.key]));
    return {
      id: d.id,
      slug: d.slug,
      title: d.title,
      titleCustom: d.titleCustom,
      description: d.description,
      tags: parseStringList(d.tags),
      sources: parseStringList(d.sources),
      sourcePath: d.sourcePath,
      markdown: d.markdown + d.markdownPieces.map((p) => p.text).join(""),
      contentHash: d.contentHash,
      createdAt: iso(d.createdAt),
      cards: d.cards.map((c) => ({
        id: c.id,
        key: c.key,
        kind: c.kind as CardKind,
        prompt: c.prompt,
        given: c.given,
        answer: c.answer,
        tips: parseStringList(c.tips),
        steps: c.steps === null ? null : parseStringList(c.steps),
        parentKey: c.parentId ? (keyOf.get(c.parentId) ?? null) : null,
        sources: parseStringList(c.sources),
        lineStart: c.lineStart,
        lineEnd: c.lineEnd,
        position: c.position,
        archivedAt: isoOrNull(c.archivedAt),
        createdAt: iso(c.createdAt),
      })),
    };
  });
}

/**
 * Everything the user owns — own decks with all cards (archived too), card
 * states and review logs on any deck, settings and study days — in the
 * shape `restoreUserData` reads back losslessly.
 */
export async function exportUserData(user: SessionUser, now: Date): Promise<UserExport> {
  const [decks, states, logs, settings, days, attempts] = await Promise.all([
    ownDecks(user),
    prisma.cardState.findMany({ where: { userId: user.id }, orderBy: [{ cardId: "asc" }] }),
    prisma.reviewLog.findMany({ where: { userId: user.id }, orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }, { id: "asc" }] }),
    prisma.settings.findUnique({ where: { userId: user.id } }),
    prisma.studyDay.findMany({ where: { userId: user.id }, orderBy: { day: "asc" } }),
    prisma.attempt.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
  ]);
  return {
    format: "rehearse-export",
    version: 1,
    exportedAt: iso(now),
    settings: settings && {
      desiredRetention: settings.desiredRetention,
      newPerDay: settings.newPerDay,
      maximumInterval: settings.maximumInterval,
      learningSteps: settings.learningSteps,
      relearningSteps: settings.relearningSteps,
      timezone: settings.timezone,
      dayStartHour: settings.dayStartHour,
      ttsVoice: settings.ttsVoice,
      ttsRate: settings.ttsRate,
      targetAnswerSeconds: settings.targetAnswerSeconds,
      saveTranscripts: settings.saveTranscripts,
      followupsPerDay: settings.followupsPerDay,
    },
    decks,
    cardStates: states.map(({ id: _id, userId: _u, updatedAt: _t, due, lastReview, passedAt, ...s }) => ({
      ...s,
      due: iso(due),
      lastReview: isoOrNull(lastReview),
      passedAt: isoOrNull(passedAt),
    })),
    reviewLogs: logs.map(({ userId: _u, due, reviewedAt, undoneAt, createdAt, ...l }) => ({
      ...l,
      due: iso(due),
      reviewedAt: iso(reviewedAt),
      undoneAt: isoOrNull(undoneAt),
      createdAt: iso(createdAt),
    })),
    studyDays: days.map(({ day, reviews }) => ({ day, reviews })),
    attempts: attempts.map(({ userId: _u, createdAt, source, ...a }) => ({
      ...a,
      source: source === "typed" ? "typed" : "speech",
      createdAt: iso(createdAt),
    })),
  };
}

/** The user's review log (undone grades left out) as FSRS-optimizer CSV. */
export async function exportRevlogCsv(user: SessionUser): Promise<string> {
  const logs = await prisma.reviewLog.findMany({
    where: { userId: user.id, undoneAt: null },
    orderBy: [{ reviewedAt: "asc" }, { createdAt: "asc" }],
    select: { cardId: true, reviewedAt: true, rating: true, state: true, durationMs: true },
  });
  return toRevlogCsv(logs);
}

/**
 * The user's decks (or one, `deckId`) as a zip: `{slug}.md` in the canonical
 * format from the active cards, plus `원본/{slug}.md` with the note as imported.
 */
export async function exportDecksZip(user: SessionUser, now: Date, deckId?: string): Promise<Uint8Array> {
  const decks = await ownDecks(user, deckId);
  if (deckId && decks.length === 0) throw notFound("덱을 찾을 수 없습니다.");
  const files: ZipInput[] = [];
  for (const d of decks) {
    files.push({ path: `${d.slug}.md`, content: renderDeckMarkdown(d, d.cards.filter((c) => !c.archivedAt)) });
    if (d.markdown) files.push({ path: `원본/${d.slug}.md`, content: d.markdown });
  }
  return writeZip(files, now);
}
