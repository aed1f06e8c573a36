"use client";

import { useErrorStrings } from "./_components/error-strings";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  // From the root layout (ErrorStringsProvider), so this chunk carries no dictionary.
  const s = useErrorStrings();
  return (
    <div role="alert" className="space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">{s?.title}</h1>
      <p className="text-slate-600 dark:text-slate-400">{s?.body}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded-lg bg-indigo-600 px-4 py-2 text-white hover:bg-indigo-700"
      >
        {s?.retry}
      </button>
    </div>
  );
}
