"use client";
import { t } from "@/lib/i18n";
import { btnPrimary } from "../../study/_components/ui";
import { describedBy, Field, inputClass } from "./field";
import { TimezoneField } from "./timezone-field";
import { TranscriptField } from "./transcript-field";
import { useSettingsForm } from "./use-settings-form";
import { VoiceFields } from "./voice-fields";
import { WorkloadEstimate } from "./workload-estimate";

const fieldset = "space-y-5 rounded-xl border border-slate-200 p-4 sm:p-6 dark:border-slate-800";
const legend = "px-1 text-base font-semibold";
const alert = "rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100";

/** The settings form; server field errors show beside their fields, success in a polite live region. */
export function SettingsForm() {
  const f = useSettingsForm();
  if (f.loadError) {
    return (
      <div role="alert" className={`${alert} space-y-3`}>
        <p>{f.loadError}</p>
        <button type="button" onClick={f.retryLoad} className={btnPrimary}>
          {t.study.errors.retry}
        </button>
      </div>
    );
  }
  const v = f.values;
  if (!v) return <p aria-busy="true" className="text-slate-600 dark:text-slate-400">{t.settings.loading}</p>;
  const { errors, set } = f;

  const num = (name: "newPerDay" | "maximumInterval" | "targetAnswerSeconds" | "followupsPerDay", label: string, help?: string) => (
    <Field name={name} label={label} help={help} error={errors[name]}>
      <input type="number" inputMode="numeric" min={0} step={1} value={v[name]} onChange={(e) => set(name, e.target.value)} {...describedBy(name, !!help, errors[name])} className={`${inputClass} sm:max-w-48`} />
    </Field>
  );
  const steps = (name: "learningSteps" | "relearningSteps", label: string) => (
    <Field name={name} label={label} help={t.settings.stepsHelp} error={errors[name]}>
      <input type="text" autoComplete="off" spellCheck={false} value={v[name]} onChange={(e) => set(name, e.target.value)} {...describedBy(name, true, errors[name])} className={`${inputClass} sm:max-w-64`} />
    </Field>
  );

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void f.save();
      }}
      className="space-y-6"
    >
      <fieldset className={fieldset}>
        <legend className={legend}>{t.settings.sections.schedule}</legend>
        <Field
          name="desiredRetention"
          label={t.settings.desiredRetention}
          help={t.settings.desiredRetentionHelp}
          error={errors.desiredRetention}
          extra={<span aria-hidden="true" className="text-sm font-semibold tabular-nums">{t.settings.percent(v.desiredRetention)}</span>}
        >
          <input
            type="range"
            min={0.7}
            max={0.97}
            step={0.01}
            value={v.desiredRetention}
            onChange={(e) => set("desiredRetention", Number(e.target.value))}
            aria-valuetext={t.settings.percent(v.desiredRetention)}
            {...describedBy("desiredRetention", true, errors.desiredRetention)}
            className="min-h-11 w-full accent-indigo-600"
          />
        </Field>
        <WorkloadEstimate retention={v.desiredRetention} />
        {num("newPerDay", t.settings.newPerDay)}
        {num("followupsPerDay", t.polish.settings.followupsPerDay, t.polish.settings.followupsPerDayHelp)}
        {num("maximumInterval", t.settings.maximumInterval)}
        {steps("learningSteps", t.settings.learningSteps)}
        {steps("relearningSteps", t.settings.relearningSteps)}
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t.settings.sections.day}</legend>
        <TimezoneField value={v.timezone} error={errors.timezone} onChange={(tz) => set("timezone", tz)} />
        <Field name="dayStartHour" label={t.settings.dayStartHour} help={t.settings.dayStartHourHelp} error={errors.dayStartHour}>
          <select value={v.dayStartHour} onChange={(e) => set("dayStartHour", e.target.value)} {...describedBy("dayStartHour", true, errors.dayStartHour)} className={`${inputClass} sm:max-w-48`}>
            {Array.from({ length: 24 }, (_, h) => (
              <option key={h} value={String(h)}>
                {t.settings.hourOption(h)}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>

      <fieldset className={fieldset}>
        <legend className={legend}>{t.settings.sections.speech}</legend>
        <VoiceFields voice={v.ttsVoice} rate={v.ttsRate} errors={errors} onVoice={(x) => set("ttsVoice", x)} onRate={(x) => set("ttsRate", x)} />
        {num("targetAnswerSeconds", t.settings.targetAnswerSeconds, t.settings.targetAnswerSecondsHelp)}
        <TranscriptField checked={v.saveTranscripts} error={errors.saveTranscripts} onChange={(x) => set("saveTranscripts", x)} />
      </fieldset>

      {f.formError ? (
        <p role="alert" className={alert}>
          {f.formError}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" disabled={f.saving} className={`${btnPrimary} min-w-32`}>
          {f.saving ? t.settings.saving : t.settings.save}
        </button>
        <div role="status" aria-live="polite" className="text-sm text-emerald-700 dark:text-emerald-300">
          {f.status ? <p key={f.status.n}>{f.status.text}</p> : null}
        </div>
      </div>
    </form>
  );
}
