import Link from "next/link";
import { t } from "@/lib/i18n";

const w = t.polish.welcome;

/** A signed-out first visit: what Rehearse does, in two lines, and a way in. */
export function Welcome() {
  return (
    <section aria-labelledby="welcome-heading" className="space-y-4 rounded-2xl border border-indigo-200 bg-indigo-50 p-6 dark:border-indigo-900 dark:bg-indigo-950/40">
      <h1 id="welcome-heading" className="text-2xl font-bold sm:text-3xl">{w.title}</h1>
      {w.lines.map((line) => (
        <p key={line} className="text-slate-700 dark:text-slate-300">{line}</p>
      ))}
      <div className="flex flex-wrap gap-3">
        <Link href="/signup" className="inline-flex min-h-12 items-center rounded-lg bg-indigo-600 px-6 font-semibold text-white hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500">
          {w.signup}
        </Link>
        <Link href="/login" className="inline-flex min-h-12 items-center rounded-lg border border-slate-300 px-5 font-semibold hover:border-indigo-400 dark:border-slate-700">
          {w.login}
        </Link>
      </div>
    </section>
  );
}
