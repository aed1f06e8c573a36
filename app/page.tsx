import { getSessionUser } from "@/lib/auth/session";
import { listVisibleDecks } from "@/lib/data/decks";
import { getTodaySummary } from "@/lib/data/today";
import { t } from "@/lib/i18n";
import { DeckList } from "./_components/deck-list";
import { TodayDashboard } from "./today/_components/today-dashboard";

export const dynamic = "force-dynamic";

/** Signed in: today's rehearsal. Signed out: the built-in library. */
export default async function HomePage() {
  const user = await getSessionUser();
  if (user) return <TodayDashboard data={await getTodaySummary(user, new Date())} />;
  const decks = await listVisibleDecks(null);
  return (
    <div className="space-y-6">
      <section>
        <h1 className="text-2xl font-bold">{t.home.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.home.intro}</p>
      </section>
      <DeckList decks={decks} />
    </div>
  );
}
