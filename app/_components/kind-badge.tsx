import { t } from "@/lib/i18n/client";
import type { CardKind } from "@/lib/parser/types";

const STYLES: Record<CardKind, string> = {
  script: "bg-indigo-100 text-indigo-800 dark:bg-indigo-900/60 dark:text-indigo-200",
  steps: "bg-emerald-100 text-emerald-800 dark:bg-emerald-900/60 dark:text-emerald-200",
  qa: "bg-amber-100 text-amber-900 dark:bg-amber-900/60 dark:text-amber-100",
  followup: "bg-rose-100 text-rose-800 dark:bg-rose-900/60 dark:text-rose-200",
};

export function KindBadge({ kind }: { kind: CardKind }) {
  return (
    <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${STYLES[kind]}`}>
      {t.kinds[kind]}
    </span>
  );
}
