"use client";

import { useState } from "react";
import { t } from "@/lib/i18n";

const inputClass =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 shadow-sm outline-none transition placeholder:text-slate-400 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-rose-500 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-100";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-rose-700 dark:text-rose-400">
      {message}
    </p>
  );
}

export function EmailField({ defaultValue, error }: { defaultValue?: string; error?: string }) {
  return (
    <div>
      <label htmlFor="email" className="mb-1 block text-sm font-medium">
        {t.auth.email}
      </label>
      <input
        id="email"
        name="email"
        type="email"
        inputMode="email"
        autoComplete="email"
        autoFocus
        required
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "email-error" : undefined}
        className={inputClass}
      />
      <FieldError id="email-error" message={error} />
    </div>
  );
}

export function PasswordField(props: { autoComplete: "current-password" | "new-password"; hint?: string; error?: string }) {
  const [visible, setVisible] = useState(false);
  const describedBy = [props.hint ? "password-hint" : "", props.error ? "password-error" : ""].filter(Boolean).join(" ");
  return (
    <div>
      <label htmlFor="password" className="mb-1 block text-sm font-medium">
        {t.auth.password}
      </label>
      <div className="relative">
        <input
          id="password"
          name="password"
          type={visible ? "text" : "password"}
          autoComplete={props.autoComplete}
          required
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={`${inputClass} pr-20`}
        />
        <button
          type="button"
          onClick={() => setVisible((v) => !v)}
          aria-pressed={visible}
          aria-controls="password"
          className="absolute inset-y-0 right-0 my-1 mr-1 rounded-md px-2 text-xs font-medium text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-slate-300 dark:hover:bg-slate-800"
        >
          {visible ? t.auth.hidePassword : t.auth.showPassword}
        </button>
      </div>
      {props.hint ? (
        <p id="password-hint" className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          {props.hint}
        </p>
      ) : null}
      <FieldError id="password-error" message={props.error} />
    </div>
  );
}

/** The live region that announces a failed attempt (always mounted, so screen readers hear changes). */
export function FormError({ message }: { message?: string }) {
  return (
    <div aria-live="assertive" aria-atomic="true">
      {message ? (
        <p role="alert" className="rounded-lg border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-800 dark:border-rose-900 dark:bg-rose-950/50 dark:text-rose-200">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export function SubmitButton({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="flex w-full items-center justify-center gap-2 rounded-lg bg-indigo-600 px-4 py-2.5 font-semibold text-white shadow-sm transition hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:cursor-wait disabled:opacity-70"
    >
      {pending ? <span aria-hidden className="size-4 animate-spin rounded-full border-2 border-white/40 border-t-white" /> : null}
      {pending ? pendingLabel : label}
    </button>
  );
}
