import type { Metadata } from "next";
import { getSessionUser } from "@/lib/auth/session";
import { listVisibleDecks } from "@/lib/data/decks";
import { getTodaySummary } from "@/lib/data/today";
import { t } from "@/lib/i18n";
import { DeckList } from "./_components/deck-list";
import { Welcome } from "./_components/welcome";
import { TodayDashboard } from "./today/_components/today-dashboard";

export const dynamic = "force-dynamic";

/** Signed in, this page is Today: say so in the tab title. */
export async function generateMetadata(): Promise<Metadata> {
  // The layout's "%s · Rehearse" template does not apply to its own segment's page.
  return (await getSessionUser()) ? { title: { absolute: `${t.polish.today.documentTitle} · ${t.app.name}` } } : {};
}

/** Signed in: today's rehearsal. Signed out: the built-in library. */
export default async function HomePage() {
  const user = await getSessionUser();
  if (user) return <TodayDashboard data={await getTodaySummary(user, new Date())} />;
  const decks = await listVisibleDecks(null);
  return (
    <div className="space-y-8">
      <Welcome />
      <section aria-labelledby="builtin-decks-heading" className="space-y-3">
        <h2 id="builtin-decks-heading" className="text-xl font-bold">{t.polish.welcome.decksHeading}</h2>
        <p className="text-slate-600 dark:text-slate-400">{t.home.intro}</p>
        <DeckList decks={decks} />
      </section>
    </div>
  );
}
