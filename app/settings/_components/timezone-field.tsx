"use client";
import { useMemo, useState } from "react";
import { orderTimezones, timezoneLabel } from "@/lib/format/timezone-labels";
import { t } from "@/lib/i18n";
import { btnSecondary } from "../../study/_components/ui";
import { describedBy, Field, inputClass } from "./field";

/** IANA zones this browser knows (Chrome omits "UTC"; the saved value is kept by orderTimezones). */
function knownZones(): string[] {
  try {
    return ["UTC", ...Intl.supportedValuesOf("timeZone")];
  } catch {
    return ["UTC"]; // older engines: the saved zone and the browser's own are still offered
  }
}

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Searchable timezone picker: Korean names for common zones, the browser's zone first. */
export function TimezoneField({ value, error, onChange }: { value: string; error?: string; onChange: (tz: string) => void }) {
  const [query, setQuery] = useState("");
  const all = useMemo(knownZones, []);
  const browser = useMemo(browserZone, []);
  const options = useMemo(() => orderTimezones(all, { browser, current: value, query }), [all, browser, value, query]);
  const p = t.polish.settings;
  return (
    <Field
      name="timezone"
      label={t.settings.timezone}
      help={t.settings.timezoneHelp}
      error={error}
      extra={
        <button type="button" onClick={() => onChange(browser)} className={`${btnSecondary} min-h-9 py-1`}>
          {t.settings.useBrowserTimezone}
        </button>
      }
    >
      <div className="space-y-2">
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            const first = orderTimezones(all, { browser, current: "", query: e.target.value })[0];
            if (e.target.value && first) onChange(first);
          }}
          aria-label={p.timezoneSearch}
          placeholder={p.timezoneSearchPlaceholder}
          className={`${inputClass} sm:max-w-64`}
        />
        <select {...describedBy("timezone", true, error)} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass}>
          {options.map((tz) => (
            <option key={tz} value={tz}>
              {tz === browser ? p.browserZone(timezoneLabel(tz)) : timezoneLabel(tz)}
            </option>
          ))}
        </select>
      </div>
    </Field>
  );
}
