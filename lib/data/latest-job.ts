import "server-only";
import { prisma } from "@/lib/db/prisma";
import { getJob, type PublicJob } from "./jobs";
import type { SessionUser } from "./session-user";

/** The user's most recent optimisation job, for the settings page to pick up where it left off. */
export async function getLatestOptimizeJob(user: SessionUser): Promise<PublicJob | null> {
  const row = await prisma.job.findFirst({ where: { userId: user.id, kind: "optimize" }, orderBy: { createdAt: "desc" }, select: { id: true } });
  return row ? getJob(user, row.id) : null;
}
