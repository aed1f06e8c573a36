import Link from "next/link";
import { t } from "@/lib/i18n";

const cta = "inline-flex min-h-11 items-center rounded-lg bg-indigo-600 px-5 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500";

/** Signed out: sign up and come back to practise this deck. Signed in: study it now. */
export function DeckPractice({ deckId, signedIn }: { deckId: string; signedIn: boolean }) {
  const study = `/study?deck=${encodeURIComponent(deckId)}`;
  if (signedIn) {
    return (
      <Link href={study} className={`${cta} mt-4`}>
        {t.import.study}
      </Link>
    );
  }
  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <Link href={`/signup?next=${encodeURIComponent(study)}`} className={cta}>
        {t.polish.deck.practice}
      </Link>
      <p className="text-sm text-slate-600 dark:text-slate-400">{t.polish.deck.practiceHint}</p>
    </div>
  );
}
