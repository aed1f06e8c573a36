"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

/** Whether `href` is the page being shown (or a section it belongs to, e.g. /library/cards under /library). */
export function isCurrentPath(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** The header's links, with `aria-current="page"` and a visible marker on the current one. */
export function NavLinks({ links }: { links: readonly { href: string; label: string }[] }) {
  const pathname = usePathname() ?? "/";
  return (
    <>
      {links.map((l) => {
        const current = isCurrentPath(pathname, l.href);
        return (
          <Link
            key={l.href}
            href={l.href}
            aria-current={current ? "page" : undefined}
            className={`hover:underline ${current ? "font-semibold text-indigo-700 underline decoration-2 underline-offset-4 dark:text-indigo-300" : ""}`}
          >
            {l.label}
          </Link>
        );
      })}
    </>
  );
}
