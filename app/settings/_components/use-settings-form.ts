"use client";
import { useCallback, useEffect, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { UserSettings } from "@/lib/client/types";
import { t } from "@/lib/i18n";
import { fieldIds } from "./field";
import { useUnsavedGuard } from "./use-unsaved-guard";
import { serverFieldErrors, toForm, toPatch, type FieldErrors, type FieldName, type FormValues } from "./form-model";

type Loaded = { saved: UserSettings; values: FormValues };
type SettingsBody = { settings?: UserSettings } & Partial<UserSettings>;
// The contract says `{settings}`; a bare object is accepted too so a shape slip does not blank the form.
const unwrap = (res: SettingsBody) => (res.settings ?? res) as UserSettings;

/** Keyboard and screen-reader users land on the first field that needs fixing. */
function focusFirst(errors: FieldErrors) {
  const first = Object.keys(errors)[0] as FieldName | undefined;
  if (first) requestAnimationFrame(() => document.getElementById(fieldIds(first).input)?.focus());
}

/** Load (GET), edit, save (PUT with only the changed fields). */
export function useSettingsForm() {
  const [state, setState] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<{ text: string; n: number } | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const ctrl = new AbortController();
    setLoadError(null);
    apiFetch<SettingsBody>("/api/v1/settings", { signal: ctrl.signal })
      .then((res) => setState({ saved: unwrap(res), values: toForm(unwrap(res)) }))
      .catch((err) => {
        if (!ctrl.signal.aborted) setLoadError(err instanceof ApiError ? err.message : t.study.errors.network);
      });
    return () => ctrl.abort();
  }, [attempt]);

  const set = useCallback(<K extends keyof FormValues>(key: K, value: FormValues[K]) => {
    setState((s) => (s ? { ...s, values: { ...s.values, [key]: value } } : s));
    setErrors((e) => ({ ...e, [key]: undefined }));
  }, []);

  useUnsavedGuard(!!state && JSON.stringify(state.values) !== JSON.stringify(toForm(state.saved)));

  const announce = (text: string) => setStatus((s) => ({ text, n: (s?.n ?? 0) + 1 }));

  async function save() {
    if (!state || saving) return;
    setFormError(null);
    const { patch, errors: local } = toPatch(state.values, state.saved);
    if (Object.keys(local).length > 0) {
      setErrors(local);
      setFormError(t.settings.invalid);
      return focusFirst(local);
    }
    if (Object.keys(patch).length === 0) return announce(t.settings.unchanged);
    setSaving(true);
    try {
      const saved = unwrap(await apiFetch<SettingsBody>("/api/v1/settings", { method: "PUT", body: patch }));
      setState({ saved, values: toForm(saved) });
      setErrors({});
      announce(t.settings.saved);
    } catch (err) {
      const apiErr = err instanceof ApiError ? err : null;
      const fields = apiErr ? serverFieldErrors(apiErr.fields) : {};
      setErrors(fields);
      setFormError(apiErr?.message ?? t.study.errors.network);
      focusFirst(fields);
    } finally {
      setSaving(false);
    }
  }

  return { values: state?.values ?? null, loadError, retryLoad: () => setAttempt((a) => a + 1), set, errors, formError, status, saving, save };
}
