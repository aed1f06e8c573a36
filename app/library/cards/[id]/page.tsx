import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { KindBadge } from "@/app/_components/kind-badge";
import { Markdown } from "@/app/_components/markdown";
import { requireUser } from "@/lib/auth/session";
import { DataError } from "@/lib/data/errors";
import { getCardDetail } from "@/lib/data/library-card-detail";
import { getSettings } from "@/lib/data/settings";
import { formatKoreanDateTime } from "@/lib/format/date-time";
import { t } from "@/lib/i18n";
import { formatIntervalMinutes } from "@/lib/scheduler/format-interval";
import { listAttempts } from "@/lib/data/attempts";
import { AttemptHistory } from "./attempt-history";
import { CardActions } from "./card-actions";
import { CardMemory } from "./card-memory";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.library.cards.title };


function intervalOf(reviewedAt: string, nextDue: string | null): string {
  if (!nextDue) return "—";
  return formatIntervalMinutes((Date.parse(nextDue) - Date.parse(reviewedAt)) / 60_000);
}

export default async function CardDetailPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireUser(`/library/cards/${encodeURIComponent(id)}`);
  const detail = await getCardDetail(user, id).catch((err) => {
    if (err instanceof DataError && err.status === 404) notFound();
    throw err;
  });
  const { card, state, history } = detail;
  const attempts = await listAttempts(user, card.id);
  const { timezone } = await getSettings(user);
  const fmt = { format: (d: Date) => formatKoreanDateTime(d, timezone) };
  return (
    <article className="space-y-6">
      <header className="space-y-2">
        <Link href={`/library/cards?deck=${encodeURIComponent(card.deckId)}`} className="text-sm hover:underline">{t.library.cards.back}</Link>
        <div className="flex flex-wrap items-center gap-2">
          <KindBadge kind={card.kind} />
          <span className="text-sm text-slate-600 dark:text-slate-400">{card.deckTitle}</span>
          <span className="rounded bg-slate-100 px-2 py-0.5 text-xs dark:bg-slate-800" data-testid="card-state">{t.library.states[state.bucket]}</span>
        </div>
        <h1 className="text-2xl font-bold">{card.prompt}</h1>
        {card.given ? (
          <section aria-label={t.study.given} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <Markdown source={card.given} />
          </section>
        ) : null}
        {card.parent ? (
          <p className="text-sm">{t.library.detail.followupOf}: <Link href={`/library/cards/${encodeURIComponent(card.parent.id)}`} className="hover:underline">{card.parent.prompt}</Link></p>
        ) : null}
        {card.archivedAt ? <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-100">{t.library.detail.archivedNote}</p> : null}
      </header>
      <CardActions cardId={card.id} bucket={state.bucket} canRestore={card.ownDeck && card.archivedAt !== null} />
      <section>
        <h2 className="text-lg font-semibold">{t.library.detail.answer}</h2>
        <Markdown source={card.answer} className="mt-2" />
        {card.tips.length > 0 ? (
          <>
            <h3 className="mt-4 font-semibold">{t.library.detail.tips}</h3>
            <ul className="list-disc pl-5">{card.tips.map((tip, i) => <li key={i}><Markdown source={tip} /></li>)}</ul>
          </>
        ) : null}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t.library.detail.status}</h2>
        <p className="text-sm">
          {state.due ? `${t.library.detail.due}: ${fmt.format(new Date(state.due))} · ` : ""}
          {t.library.detail.reps(state.reps, state.lapses)}
        </p>
      </section>
      <CardMemory user={user} state={state} now={new Date()} />
      <section>
        <h2 className="text-lg font-semibold">{t.library.detail.history}</h2>
        {history.length === 0 ? <p className="text-sm text-slate-600 dark:text-slate-400">{t.library.detail.noHistory}</p> : (
          <table className="mt-2 w-full text-left text-sm" data-testid="card-history">
            <thead>
              <tr className="border-b border-slate-200 dark:border-slate-800">
                <th className="py-1">{t.library.detail.when}</th><th>{t.library.detail.rating}</th><th>{t.library.detail.interval}</th><th>{t.library.detail.duration}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id} className="border-b border-slate-100 dark:border-slate-900">
                  <td className="py-1">{fmt.format(new Date(h.reviewedAt))}</td>
                  <td>{t.study.grades[h.rating as 1 | 2 | 3 | 4] ?? h.rating}</td>
                  <td>{intervalOf(h.reviewedAt, h.nextDue)}</td>
                  <td>{t.library.detail.seconds(Math.round(h.durationMs / 1000))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <AttemptHistory attempts={attempts} />
    </article>
  );
}
