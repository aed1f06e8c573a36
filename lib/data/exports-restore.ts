import "server-only";
import crypto from "node:crypto";
import { cardRowId } from "@/lib/content/apply-parsed-deck";
import { orderParentsFirst } from "@/lib/content/order-parents-first";
import { prisma } from "@/lib/db/prisma";
import type { UserExport } from "@/lib/export/export-schema";
import { conflict, DataError } from "./errors";
import { newDeckId } from "./imports";
import type { SessionUser } from "./session-user";

export interface RestoreResult {
  decks: number;
  cards: number;
  cardStates: number;
  reviewLogs: number;
  attempts: number;
}

const date = (s: string) => new Date(s);
const dateOrNull = (s: string | null) => (s ? new Date(s) : null);

/**
 * Restores an export into the signed-in account, which must not have decks
 * or study history yet (nothing is merged). Deck ids are new (`d_…`), card
 * ids follow from them, review-log ids are kept unless taken on this server;
 * everything else — texts, archived cards, states, logs, settings, study
 * days — comes back exactly. One transaction: all or nothing.
 */
export async function restoreUserData(user: SessionUser, data: UserExport): Promise<RestoreResult> {
  const slugs = data.decks.map((d) => d.slug);
  const badDeck = data.decks.find((d) => new Set(d.cards.map((c) => c.key)).size !== d.cards.length);
  if (new Set(slugs).size !== slugs.length || badDeck) {
    throw new DataError(400, "invalid_export", "내보낸 파일이 손상되었습니다(덱 또는 카드가 중복됩니다).");
  }
  return prisma.$transaction(
    async (tx) => {
      const [decks, states] = await Promise.all([
        tx.deck.count({ where: { ownerId: user.id } }),
        tx.cardState.count({ where: { userId: user.id } }),
      ]);
      const logs = await tx.reviewLog.count({ where: { userId: user.id } });
      if (decks + states + logs > 0) {
        throw conflict("이미 덱이나 학습 기록이 있는 계정에는 복원할 수 없습니다. 새 계정에서 복원해 주세요.", "account_not_empty");
      }
      const cardIds = new Map<string, string>();
      let cards = 0;
      for (const d of data.decks) {
        const id = newDeckId();
        await tx.deck.create({
          data: {
            id, ownerId: user.id, builtIn: false, slug: d.slug, title: d.title, titleCustom: d.titleCustom ?? false, description: d.description,
            tags: JSON.stringify(d.tags), sources: JSON.stringify(d.sources), sourcePath: d.sourcePath,
            markdown: d.markdown, contentHash: d.contentHash, createdAt: date(d.createdAt),
          },
        });
        // Topics before follow-ups: the parent foreign key holds statement by statement.
        await tx.card.createMany({
          data: orderParentsFirst(d.cards.map((c) => {
            cardIds.set(c.id, cardRowId(id, c.key));
            return {
              id: cardRowId(id, c.key), deckId: id, key: c.key, kind: c.kind, prompt: c.prompt, answer: c.answer,
              tips: JSON.stringify(c.tips), steps: c.steps === null ? null : JSON.stringify(c.steps),
              parentId: c.parentKey ? cardRowId(id, c.parentKey) : null, sources: JSON.stringify(c.sources),
              lineStart: c.lineStart, lineEnd: c.lineEnd, position: c.position,
              archivedAt: dateOrNull(c.archivedAt), createdAt: date(c.createdAt),
            };
          })),
        });
        cards += d.cards.length;
      }
      // Any other card id must be a built-in card of this server.
      const attempts = data.attempts ?? [];
      const foreign = [...new Set([...data.cardStates, ...data.reviewLogs, ...attempts].map((x) => x.cardId).filter((id) => !cardIds.has(id)))];
      const builtIn = await tx.card.findMany({ where: { id: { in: foreign }, deck: { builtIn: true } }, select: { id: true } });
      for (const c of builtIn) cardIds.set(c.id, c.id);
      const missing = foreign.find((id) => !cardIds.has(id));
      if (missing) throw new DataError(400, "unknown_card", `내보낸 파일의 카드(${missing})를 이 서버에서 찾을 수 없습니다.`);

      await tx.cardState.createMany({
        data: data.cardStates.map((s) => ({
          ...s, id: crypto.randomUUID(), userId: user.id, cardId: cardIds.get(s.cardId)!,
          due: date(s.due), lastReview: dateOrNull(s.lastReview), passedAt: dateOrNull(s.passedAt),
        })),
      });
      const taken = new Set(
        (await tx.reviewLog.findMany({ where: { id: { in: data.reviewLogs.map((l) => l.id) } }, select: { id: true } })).map((l) => l.id),
      );
      await tx.reviewLog.createMany({
        data: data.reviewLogs.map((l) => ({
          ...l, id: taken.has(l.id) ? crypto.randomUUID() : l.id, userId: user.id, cardId: cardIds.get(l.cardId)!,
          due: date(l.due), reviewedAt: date(l.reviewedAt), undoneAt: dateOrNull(l.undoneAt), createdAt: date(l.createdAt),
        })),
      });
      const takenAttempts = new Set(
        (await tx.attempt.findMany({ where: { id: { in: attempts.map((a) => a.id) } }, select: { id: true } })).map((a) => a.id),
      );
      await tx.attempt.createMany({
        data: attempts.map((a) => ({
          ...a, id: takenAttempts.has(a.id) ? crypto.randomUUID() : a.id, userId: user.id, cardId: cardIds.get(a.cardId)!,
          createdAt: date(a.createdAt),
        })),
      });
      await tx.studyDay.deleteMany({ where: { userId: user.id } });
      await tx.studyDay.createMany({ data: data.studyDays.map((d) => ({ userId: user.id, day: d.day, reviews: d.reviews })) });
      if (data.settings) {
        await tx.settings.upsert({ where: { userId: user.id }, create: { userId: user.id, ...data.settings }, update: data.settings });
      }
      return { decks: data.decks.length, cards, cardStates: data.cardStates.length, reviewLogs: data.reviewLogs.length, attempts: attempts.length };
    },
    { maxWait: 10_000, timeout: 120_000 },
  );
}
