/** Shared Tailwind class strings so every study control looks and sizes alike (44px+ tap targets). */
export const btn =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition-colors focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-not-allowed disabled:opacity-50";
export const btnPrimary = `${btn} bg-indigo-600 text-white hover:bg-indigo-700 disabled:hover:bg-indigo-600`;
export const btnSecondary = `${btn} border border-slate-300 bg-white text-slate-800 hover:border-indigo-400 hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 dark:hover:border-indigo-500 dark:hover:bg-slate-800`;
export const kbd =
  "rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200";
export const panel = "rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800";
