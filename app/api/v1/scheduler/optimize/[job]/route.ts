import { getJob } from "@/lib/data/jobs";
import { apiJson, withApiUser } from "@/lib/http/api";

export const dynamic = "force-dynamic";

/** GET → 200 {job} with status, progress and, when done, the before/after metrics; 404 for anyone else's job. */
export const GET = withApiUser<{ params: Promise<{ job: string }> }>(async (_req, user, { params }) => {
  return apiJson({ job: await getJob(user, (await params).job) });
});
