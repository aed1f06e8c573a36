import Link from "next/link";
import { signOutAction } from "../(auth)/actions";
import { getSessionUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";

/** Header account area: the signed-in e-mail and 로그아웃, or links to sign in / sign up. */
export async function AccountMenu() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <div className="flex items-center gap-3">
        <Link href="/login" className="hover:underline">
          {t.auth.toLogin}
        </Link>
        <Link href="/signup" className="rounded-lg bg-indigo-600 px-3 py-1.5 font-semibold text-white hover:bg-indigo-700">
          {t.auth.toSignup}
        </Link>
      </div>
    );
  }
  return (
    <div role="group" aria-label={t.auth.accountMenu} className="flex items-center gap-3">
      <span className="hidden max-w-48 truncate text-slate-600 sm:inline dark:text-slate-400" title={user.email}>
        <span className="sr-only">{t.auth.signedInAs}: </span>
        {user.email}
      </span>
      <form action={signOutAction}>
        <button
          type="submit"
          className="rounded-lg border border-slate-300 px-3 py-1.5 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          {t.auth.logout}
        </button>
      </form>
    </div>
  );
}
