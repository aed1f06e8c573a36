import Link from "next/link";
import { t } from "@/lib/i18n";

const p = t.polish.import;

/** A short example note (collapsed) and the link to the full format guide. */
export function ImportExample() {
  return (
    <div className="mt-3 space-y-2 text-sm">
      <details className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
        <summary className="cursor-pointer font-medium">{p.exampleTitle}</summary>
        <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded bg-slate-50 p-3 font-mono text-xs text-slate-800 dark:bg-slate-900 dark:text-slate-200">{p.example}</pre>
      </details>
      <Link href="/import/guide" className="font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
        {p.formatGuide} →
      </Link>
    </div>
  );
}
