import { getJob } from "@/lib/data/jobs";
import { apiJson, withApiUser } from "@/lib/http/api";
import { kickJobRunner } from "@/lib/jobs/optimize-runner";

export const dynamic = "force-dynamic";

/** GET → 200 {job} with status, progress and, when done, the before/after metrics; 404 for anyone else's job. */
export const GET = withApiUser<{ params: Promise<{ job: string }> }>(async (_req, user, { params }) => {
  const job = await getJob(user, (await params).job);
  // A job left by an instance that died is picked up again once its lease expires; polling is a good moment to look.
  if (job.status === "queued" || job.status === "running") void kickJobRunner();
  return apiJson({ job });
});
