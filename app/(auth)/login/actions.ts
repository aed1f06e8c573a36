"use server";

import { redirect } from "next/navigation";
import { signInWithPassword } from "@/lib/auth/accounts";
import { signInSchema } from "@/lib/auth/credentials";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import type { AuthFormState } from "../_components/form-state";
import { runAuthForm } from "../_components/run-auth-form";

/** Sign-in form: a new session cookie, then back to `next` (same-site paths only). */
export async function signInAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const failed = await runAuthForm(
    signInSchema,
    { email: formData.get("email") ?? "", password: formData.get("password") ?? "" },
    signInWithPassword,
  );
  if (failed) return failed;
  redirect(sanitizeNextPath(formData.get("next")));
}
