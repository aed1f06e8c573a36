import type { FieldName } from "./form-model";

export const inputClass =
  "min-h-11 w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base aria-[invalid=true]:border-rose-500 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-slate-700 dark:bg-slate-900";

/** ids that tie an input to its help text and error message. */
export function fieldIds(name: FieldName) {
  return { input: `settings-${name}`, help: `settings-${name}-help`, error: `settings-${name}-error` };
}

/** aria props for the input of a field. */
export function describedBy(name: FieldName, hasHelp: boolean, error?: string) {
  const ids = fieldIds(name);
  const by = [hasHelp ? ids.help : "", error ? ids.error : ""].filter(Boolean).join(" ");
  return { id: ids.input, "aria-invalid": error ? true : undefined, "aria-describedby": by || undefined } as const;
}

/** Label, control, help and the field's error right below it. */
export function Field({
  name,
  label,
  help,
  error,
  extra,
  children,
}: {
  name: FieldName;
  label: string;
  help?: string;
  error?: string;
  /** Shown next to the label (a value readout, a button). */
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const ids = fieldIds(name);
  return (
    <div className="space-y-1.5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor={ids.input} className="text-sm font-semibold">
          {label}
        </label>
        {extra}
      </div>
      {children}
      {help ? (
        <p id={ids.help} className="text-xs text-slate-600 dark:text-slate-400">
          {help}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}
