import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { StudySession } from "./_components/study-session";
import { getFirstStudyCard } from "./first-card";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.study.title };

type Props = { searchParams: Promise<{ deck?: string | string[]; ahead?: string | string[]; tag?: string | string[]; mode?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function StudyPage({ searchParams }: Props) {
  const sp = await searchParams;
  const deckId = first(sp.deck) || undefined;
  const ahead = first(sp.ahead) === "1";
  const tag = first(sp.tag)?.slice(0, 100) || undefined;
  const failed = first(sp.mode) === "failed";
  const query = new URLSearchParams();
  if (deckId) query.set("deck", deckId);
  if (ahead) query.set("ahead", "1");
  if (tag) query.set("tag", tag);
  if (failed) query.set("mode", "failed");
  const user = await requireUser(query.toString() ? `/study?${query}` : "/study");
  const now = new Date();
  const since = failed ? now.toISOString() : undefined;
  const initial = await getFirstStudyCard(user, { deckId, ahead, tag, ...(failed ? { failed: { since: now } } : {}) }, now);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{failed ? t.polish.custom.failedTitle : ahead ? t.study.titleAhead : t.study.title}</h1>
      {/* Keyed by the query so switching decks starts a fresh session. */}
      <StudySession key={query.toString()} deckId={deckId} ahead={ahead} custom={{ tag, ...(since ? { mode: "failed", since } : {}) }} initial={initial} />
    </div>
  );
}
