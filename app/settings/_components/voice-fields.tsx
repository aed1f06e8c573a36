"use client";
import { useSpeech, useVoices } from "@/lib/client/speech";
import { t } from "@/lib/i18n";
import { btnSecondary } from "../../study/_components/ui";
import { describedBy, Field, inputClass } from "./field";

/** Read-aloud voice (Korean voices first; "" = engine default) and speed, with a preview. */
export function VoiceFields({
  voice,
  rate,
  errors,
  onVoice,
  onRate,
}: {
  voice: string;
  rate: number;
  errors: { ttsVoice?: string; ttsRate?: string };
  onVoice: (v: string) => void;
  onRate: (r: number) => void;
}) {
  const voices = useVoices();
  const speech = useSpeech(voice, rate);
  const known = voices.some((v) => v.name === voice);
  const unsupported = speech.supported === false;
  const reason = unsupported ? t.study.speech.unsupported : speech.unavailable;
  return (
    <>
      <Field name="ttsVoice" label={t.settings.ttsVoice} help={reason ?? t.settings.ttsVoiceHelp} error={errors.ttsVoice}>
        <select {...describedBy("ttsVoice", true, errors.ttsVoice)} value={voice} onChange={(e) => onVoice(e.target.value)} className={inputClass}>
          <option value="">{t.settings.defaultVoice}</option>
          {/* A voice saved on another device stays selectable instead of silently resetting. */}
          {voice && !known ? <option value={voice}>{t.settings.voiceMissing(voice)}</option> : null}
          {voices.map((v) => (
            <option key={v.voiceURI} value={v.name}>
              {v.name} ({v.lang})
            </option>
          ))}
        </select>
      </Field>
      <Field
        name="ttsRate"
        label={t.settings.ttsRate}
        error={errors.ttsRate}
        // The slider speaks its own value (aria-valuetext); the readout is for sighted users.
        extra={<span aria-hidden="true" className="text-sm font-semibold tabular-nums">{t.study.speech.rateValue(rate)}</span>}
      >
        <div className="flex items-center gap-3">
          <input
            type="range"
            min={0.5}
            max={2}
            step={0.1}
            value={rate}
            onChange={(e) => onRate(Number(e.target.value))}
            aria-valuetext={t.study.speech.rateValue(rate)}
            {...describedBy("ttsRate", false, errors.ttsRate)}
            className="min-h-11 flex-1 accent-indigo-600"
          />
          <button
            type="button"
            disabled={!!reason || speech.supported === null}
            aria-describedby={reason ? "tts-preview-reason" : undefined}
            onClick={() => (speech.speaking ? speech.stop() : speech.speak(t.settings.previewText))}
            className={btnSecondary}
          >
            {speech.speaking ? t.study.speech.stop : t.settings.preview}
          </button>
        </div>
        {reason ? (
          <p id="tts-preview-reason" role="status" className="mt-1 text-sm text-rose-800 dark:text-rose-300">
            {reason}
          </p>
        ) : null}
      </Field>
    </>
  );
}
