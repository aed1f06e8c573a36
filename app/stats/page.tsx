import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { listVisibleDecks } from "@/lib/data/decks";
import { DataError } from "@/lib/data/errors";
import { getStats } from "@/lib/data/stats";
import { t } from "@/lib/i18n";
import { STATS_RANGES } from "@/lib/stats/build-stats";
import { statsQuerySchema } from "@/lib/stats/stats-query";
import { AnswerPracticeSection } from "./_components/answer-practice-section";
import { CardCountsTable } from "./_components/card-counts-table";
import { StudyHeatmap } from "./_components/heatmap";
import { MemorySection } from "./_components/memory-section";
import { RetentionTable } from "./_components/retention-table";
import { ReviewCharts } from "./_components/review-charts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.stats.title };

const section = "space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800";
const select = "min-h-10 rounded-lg border border-slate-300 bg-white px-2 dark:border-slate-700 dark:bg-slate-900";

export default async function StatsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = await searchParams;
  const query = statsQuerySchema.safeParse({ deck: typeof raw.deck === "string" && raw.deck ? raw.deck : undefined, range: typeof raw.range === "string" ? raw.range : undefined });
  const q = query.success ? query.data : { deck: undefined, range: 30 as const };
  const user = await requireUser(`/stats`);
  const [stats, decks] = await Promise.all([
    getStats(user, { deckId: q.deck, range: q.range, now: new Date() }).catch((err) => {
      if (err instanceof DataError && err.status === 404) notFound();
      throw err;
    }),
    listVisibleDecks(user),
  ]);
  const s = t.stats;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold">{s.title}</h1>
        <p className="text-slate-600 dark:text-slate-400">{s.intro}</p>
        <form method="get" className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            {s.filters.deck}
            <select name="deck" defaultValue={q.deck ?? ""} className={select}>
              <option value="">{s.filters.allDecks}</option>
              {decks.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
            </select>
          </label>
          <label className="flex flex-col text-sm">
            {s.filters.range}
            <select name="range" defaultValue={String(q.range)} className={select}>
              {STATS_RANGES.map((r) => <option key={r} value={r}>{s.filters.ranges[r]}</option>)}
            </select>
          </label>
          <button type="submit" className="min-h-10 rounded-lg bg-indigo-600 px-4 font-semibold text-white hover:bg-indigo-700">{s.filters.apply}</button>
        </form>
      </header>

      <section aria-labelledby="stats-today" className={section}>
        <h2 id="stats-today" className="text-lg font-semibold">{s.today.title}</h2>
        <p data-testid="today-summary">{s.today.summary(stats.todaySummary.reviews, stats.todaySummary.minutes, stats.todaySummary.again)}</p>
      </section>

      <section aria-labelledby="stats-retention" className={section}>
        <h2 id="stats-retention" className="text-lg font-semibold">{s.retention.title}</h2>
        <RetentionTable rows={stats.retention} />
      </section>

      <section aria-labelledby="stats-heatmap" className={section}>
        <h2 id="stats-heatmap" className="text-lg font-semibold">{s.heatmap.title}</h2>
        <StudyHeatmap map={stats.heatmap} />
      </section>

      <ReviewCharts stats={stats} sectionClass={section} />

      <AnswerPracticeSection stats={stats} sectionClass={section} />

      <section aria-labelledby="stats-counts" className={section}>
        <h2 id="stats-counts" className="text-lg font-semibold">{s.counts.title}</h2>
        <CardCountsTable counts={stats.counts} />
      </section>

      <MemorySection memory={stats.memory} sectionClass={section} />
    </div>
  );
}
