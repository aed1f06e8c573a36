import { startOptimizeJob } from "@/lib/data/jobs";
import { apiJson, withApiUser } from "@/lib/http/api";
import { kickJobRunner } from "@/lib/jobs/optimize-runner";
import { t } from "@/lib/i18n";

export const dynamic = "force-dynamic";

/**
 * POST → 202 {job}: optimise the caller's FSRS weights in the background (an
 * already running job is returned instead of a second one); 422 with
 * `missing` when the history is too short.
 */
export const POST = withApiUser(async (_req, user) => {
  const outcome = await startOptimizeJob(user);
  if (!outcome.ok) {
    return apiJson(
      { error: { code: "not_enough_reviews", message: t.stats.optimize.notEnough(outcome.missing), missing: outcome.missing } },
      { status: 422 },
    );
  }
  void kickJobRunner();
  return apiJson({ job: outcome.job }, { status: 202 });
});
