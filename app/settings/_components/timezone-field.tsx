"use client";
import { useMemo } from "react";
import { t } from "@/lib/i18n";
import { btnSecondary } from "../../study/_components/ui";
import { describedBy, Field, inputClass } from "./field";

/** IANA zones this browser knows; the saved value is kept even when the list lacks it (Chrome omits "UTC"). */
function zones(current: string): string[] {
  let list: string[] = [];
  try {
    list = Intl.supportedValuesOf("timeZone");
  } catch {
    // Older engines: the saved zone and the browser's own are still offered.
  }
  const browser = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return [...new Set([current, browser, "UTC", ...list])].filter(Boolean).sort();
}

export function TimezoneField({ value, error, onChange }: { value: string; error?: string; onChange: (tz: string) => void }) {
  const options = useMemo(() => zones(value), [value]);
  return (
    <Field
      name="timezone"
      label={t.settings.timezone}
      help={t.settings.timezoneHelp}
      error={error}
      extra={
        <button type="button" onClick={() => onChange(Intl.DateTimeFormat().resolvedOptions().timeZone)} className={`${btnSecondary} min-h-9 py-1`}>
          {t.settings.useBrowserTimezone}
        </button>
      }
    >
      <select {...describedBy("timezone", true, error)} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
        {options.map((tz) => (
          <option key={tz} value={tz}>
            {tz}
          </option>
        ))}
      </select>
    </Field>
  );
}
