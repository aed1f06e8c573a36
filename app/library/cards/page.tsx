import type { Metadata } from "next";
import Link from "next/link";
import { KindBadge } from "@/app/_components/kind-badge";
import { requireUser } from "@/lib/auth/session";
import { listLibraryDecks } from "@/lib/data/library";
import { getSettings } from "@/lib/data/settings";
import { formatKoreanDate } from "@/lib/format/date-time";
import { addDays, startOfStudyDayFor } from "@/lib/scheduler/study-day";
import { CARD_FILTER_STATES, CARD_PAGE_SIZE, searchCards, type CardFilterState } from "@/lib/data/library-cards";
import { t } from "@/lib/i18n";
import { CARD_KINDS, type CardKind } from "@/lib/parser/types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.library.cards.title };

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : "");
const field = "mt-1 block w-full rounded-lg border border-slate-300 px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900";

export default async function CardBrowserPage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requireUser("/library/cards");
  const sp = await searchParams;
  const q = one(sp.q);
  const deck = one(sp.deck);
  const kind = CARD_KINDS.includes(one(sp.kind) as CardKind) ? (one(sp.kind) as CardKind) : undefined;
  const state = CARD_FILTER_STATES.includes(one(sp.state) as CardFilterState) ? (one(sp.state) as CardFilterState) : undefined;
  const due = /^\d{4}-\d{2}-\d{2}$/.test(one(sp.due)) ? one(sp.due) : "";
  const page = Math.max(1, Number.parseInt(one(sp.page), 10) || 1);
  const { timezone } = await getSettings(user);
  // "Due by this date" means the end of that calendar day in the user's timezone.
  const dueBefore = due ? new Date(startOfStudyDayFor(addDays(due, 1), timezone, 0).getTime() - 1) : undefined;
  const [decks, result] = await Promise.all([
    listLibraryDecks(user, new Date()),
    searchCards(user, { q, deckId: deck || undefined, kind, state, dueBefore, page }),
  ]);
  const pages = Math.max(1, Math.ceil(result.total / CARD_PAGE_SIZE));
  const pageLink = (p: number) => `/library/cards?${new URLSearchParams({ q, deck, kind: kind ?? "", state: state ?? "", due, page: String(p) })}`;

  return (
    <div className="space-y-6">
      <header>
        <Link href="/library" className="text-sm hover:underline">← {t.library.title}</Link>
        <h1 className="mt-1 text-2xl font-bold">{t.library.cards.title}</h1>
      </header>
      <form method="get" className="grid gap-3 sm:grid-cols-6" role="search">
        <label className="text-sm sm:col-span-2">{t.library.cards.search}<input name="q" defaultValue={q} className={field} /></label>
        <label className="text-sm">{t.library.cards.deck}
          <select name="deck" defaultValue={deck} className={field}>
            <option value="">{t.library.cards.any}</option>
            {decks.map((d) => <option key={d.id} value={d.id}>{d.title}</option>)}
          </select>
        </label>
        <label className="text-sm">{t.library.cards.kind}
          <select name="kind" defaultValue={kind ?? ""} className={field}>
            <option value="">{t.library.cards.any}</option>
            {CARD_KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
          </select>
        </label>
        <label className="text-sm">{t.library.cards.state}
          <select name="state" defaultValue={state ?? ""} className={field}>
            <option value="">{t.library.cards.any}</option>
            {CARD_FILTER_STATES.map((s) => <option key={s} value={s}>{t.library.states[s]}</option>)}
          </select>
        </label>
        <label className="text-sm">{t.library.cards.dueBefore}<input type="date" name="due" defaultValue={due} className={field} /></label>
        <button className="rounded-lg bg-indigo-600 px-4 py-2 text-sm font-semibold text-white sm:col-start-6">{t.library.cards.submit}</button>
      </form>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.library.cards.total(result.total)}</p>
      {result.cards.length === 0 ? <p>{t.library.cards.empty}</p> : (
        <ul className="divide-y divide-slate-200 rounded-xl border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
          {result.cards.map((c) => (
            <li key={c.id}>
              <Link href={`/library/cards/${encodeURIComponent(c.id)}`} className="flex flex-wrap items-center gap-2 p-3 hover:bg-slate-50 dark:hover:bg-slate-900">
                <KindBadge kind={c.kind} />
                <span className="font-medium">{c.prompt}</span>
                <span className="ml-auto text-xs text-slate-600 dark:text-slate-400">
                  {c.deckTitle} · {t.library.states[c.state]}{c.due ? ` · ${t.library.cards.due(formatKoreanDate(c.due, timezone))}` : ""}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {pages > 1 ? (
        <nav className="flex items-center gap-4 text-sm" aria-label={t.library.cards.page(result.page, pages)}>
          {result.page > 1 ? <Link href={pageLink(result.page - 1)}>{t.library.cards.prev}</Link> : null}
          <span>{t.library.cards.page(result.page, pages)}</span>
          {result.page < pages ? <Link href={pageLink(result.page + 1)}>{t.library.cards.next}</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
