import { t } from "@/lib/i18n/client";
import { kbd } from "./ui";

const ROWS: { keys: string[]; label: string }[] = [
  { keys: ["Space", "Enter"], label: t.study.shortcuts.reveal },
  { keys: ["1", "2", "3", "4"], label: t.study.shortcuts.grade },
  { keys: ["R"], label: t.study.shortcuts.read },
  { keys: ["V"], label: t.study.shortcuts.record },
  { keys: ["U", "Ctrl+Z"], label: t.study.shortcuts.undo },
];

/** Always-visible keyboard legend (hidden on small screens, where there is rarely a keyboard). */
export function ShortcutLegend() {
  return (
    <section aria-labelledby="shortcuts-heading" className="kbd-hint hidden text-xs text-slate-600 sm:block dark:text-slate-400">
      <h2 id="shortcuts-heading" className="sr-only">
        {t.study.shortcuts.title}
      </h2>
      <ul className="flex flex-wrap gap-x-5 gap-y-2">
        {ROWS.map((row) => (
          <li key={row.label} className="flex items-center gap-1">
            {row.keys.map((k, i) => (
              <span key={k} className="flex items-center gap-1">
                {i > 0 ? <span aria-hidden="true">/</span> : null}
                <kbd className={kbd}>{k}</kbd>
              </span>
            ))}
            <span className="ml-1">{row.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
