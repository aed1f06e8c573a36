import type { SessionUser } from "./session-user";

/** Prisma `where` for decks a user may study: every built-in deck plus their own. */
export function visibleDecks(user: SessionUser) {
  return { OR: [{ builtIn: true }, { ownerId: user.id }] };
}
