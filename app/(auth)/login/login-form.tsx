"use client";

import { useActionState } from "react";
import { t } from "@/lib/i18n";
import { EmailField, FormError, PasswordField, SubmitButton } from "../_components/fields";
import { initialAuthFormState } from "../_components/form-state";
import { signInAction } from "./actions";

export function LoginForm({ next }: { next: string }) {
  const [state, formAction, pending] = useActionState(signInAction, initialAuthFormState);
  return (
    <form action={formAction} noValidate aria-busy={pending} className="space-y-4">
      <input type="hidden" name="next" value={next} />
      <EmailField defaultValue={state.email} error={state.fields?.email} />
      <PasswordField autoComplete="current-password" error={state.fields?.password} />
      <FormError message={state.error} />
      <SubmitButton pending={pending} label={t.auth.submitLogin} pendingLabel={t.auth.pendingLogin} />
    </form>
  );
}
