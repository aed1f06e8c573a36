import Link from "next/link";
import { t } from "@/lib/i18n";

export default function NotFound() {
  return (
    <div className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">{t.errors.notFoundTitle}</h1>
      <p className="text-slate-600 dark:text-slate-400">{t.errors.notFoundBody}</p>
      <Link href="/" className="inline-block rounded-lg bg-indigo-600 px-4 py-2 text-white hover:bg-indigo-700">
        {t.errors.goHome}
      </Link>
    </div>
  );
}
