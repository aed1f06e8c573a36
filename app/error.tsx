"use client";

import { t } from "@/lib/i18n";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">{t.errors.unexpectedTitle}</h1>
      <p className="text-slate-600 dark:text-slate-400">{t.errors.unexpectedBody}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-indigo-600 px-4 py-2 text-white hover:bg-indigo-700"
      >
        {t.errors.retry}
      </button>
    </div>
  );
}
