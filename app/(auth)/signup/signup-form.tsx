"use client";

import { useActionState, useEffect, useState } from "react";
import { MIN_PASSWORD } from "@/lib/auth/limits";
import { t } from "@/lib/i18n";
import { EmailField, FormError, PasswordField, SubmitButton } from "../_components/fields";
import { initialAuthFormState } from "../_components/form-state";
import { signUpAction } from "./actions";

export function SignupForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signUpAction, initialAuthFormState);
  // The study day rolls over in the user's own time zone; the browser knows it.
  const [timezone, setTimezone] = useState("");
  useEffect(() => setTimezone(Intl.DateTimeFormat().resolvedOptions().timeZone ?? ""), []);
  return (
    <form action={formAction} noValidate aria-busy={pending} className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <input type="hidden" name="timezone" value={timezone} />
      <EmailField defaultValue={state.email} error={state.fields?.email} />
      <PasswordField autoComplete="new-password" hint={t.auth.passwordHint(MIN_PASSWORD)} error={state.fields?.password} />
      <FormError message={state.error} />
      <SubmitButton pending={pending} label={t.auth.submitSignup} pendingLabel={t.auth.pendingSignup} />
    </form>
  );
}
