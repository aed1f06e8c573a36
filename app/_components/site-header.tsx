import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { NavLinks } from "./nav-links";

const SIGNED_IN_LINKS = [
  { href: "/", label: t.nav.today },
  { href: "/study", label: t.nav.study },
  { href: "/library", label: t.nav.library },
  { href: "/stats", label: t.stats.nav },
  { href: "/import", label: t.nav.import },
  { href: "/settings", label: t.nav.settings },
] as const;

export async function SiteHeader({ children }: { children?: React.ReactNode }) {
  const user = await getSessionUser();
  const links = user ? SIGNED_IN_LINKS : [{ href: "/", label: t.nav.decks }];
  // Rows of fixed height (one line of links that scrolls sideways if it must): the
  // web font arrives after the first paint, and a header that re-wraps then would
  // push the whole page down (Lighthouse measured a layout shift of 0.34).
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:px-6 md:flex-nowrap">
        <Link href="/" className="shrink-0 text-lg font-bold tracking-tight text-indigo-700 dark:text-indigo-300">
          {t.app.name}
        </Link>
        <nav
          aria-label={t.nav.main}
          className={
            user
              ? "order-last w-full overflow-x-auto [scrollbar-width:none] md:order-none md:w-auto md:flex-1 md:overflow-visible"
              : "flex-1"
          }
        >
          <div className={`flex items-center gap-x-4 whitespace-nowrap text-sm ${user ? "md:justify-end" : "justify-end"}`}>
            <NavLinks links={links} />
          </div>
        </nav>
        <div className="shrink-0 whitespace-nowrap text-sm">{children}</div>
      </div>
    </header>
  );
}
