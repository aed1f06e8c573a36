import "server-only";
import { prisma } from "@/lib/db/prisma";
import type { SessionUser } from "./session-user";

/**
 * Creates the user's settings row (scheduler defaults from the schema) with
 * the time zone their browser reported at sign-up. Idempotent.
 */
export async function createUserSettings(user: SessionUser, timezone = "UTC"): Promise<{ timezone: string }> {
  return prisma.settings.upsert({
    where: { userId: user.id },
    create: { userId: user.id, timezone },
    update: {},
    select: { timezone: true },
  });
}

/** The account as the API shows it; null when the user no longer exists. */
export async function getUserProfile(user: SessionUser): Promise<SessionUser | null> {
  return prisma.user.findUnique({ where: { id: user.id }, select: { id: true, email: true } });
}

/** Revokes one of this user's sessions (no-op for a session that is not theirs). */
export async function revokeUserSession(user: SessionUser, sessionId: string): Promise<void> {
  await prisma.session.deleteMany({ where: { id: sessionId, userId: user.id } });
}
