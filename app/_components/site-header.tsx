import Link from "next/link";
import { t } from "@/lib/i18n";

export function SiteHeader({ children }: { children?: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight text-indigo-700 dark:text-indigo-300">
          {t.app.name}
        </Link>
        <nav aria-label={t.nav.main} className="flex items-center gap-4 text-sm">
          <Link href="/" className="hover:underline">
            {t.nav.decks}
          </Link>
          {children}
        </nav>
      </div>
    </header>
  );
}
