import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getLatestOptimizeJob } from "@/lib/data/latest-job";
import { listParameterSets } from "@/lib/data/parameter-sets";
import { getSchedulerHealth } from "@/lib/data/scheduler-health";
import { getWorkloadSource } from "@/lib/data/workload";
import { t } from "@/lib/i18n";
import { OptimizePanel } from "./_components/optimize-panel";
import { SettingsForm } from "./_components/settings-form";
import { WorkloadProvider } from "./_components/workload-context";
import { WorkloadCurve } from "./_components/workload-curve";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.settings.title };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const [workload, sets, job, health] = await Promise.all([getWorkloadSource(user, new Date()), listParameterSets(user), getLatestOptimizeJob(user), getSchedulerHealth(user)]);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.settings.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.settings.intro}</p>
      </header>
      <WorkloadProvider source={workload}>
        <SettingsForm />
        <WorkloadCurve />
      </WorkloadProvider>
      <OptimizePanel sets={sets} job={job} health={health} />
    </div>
  );
}
