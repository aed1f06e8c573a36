"use server";

import { redirect } from "next/navigation";
import { signUpWithPassword } from "@/lib/auth/accounts";
import { isIanaTimeZone, signUpSchema } from "@/lib/auth/credentials";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import type { AuthFormState } from "../_components/form-state";
import { runAuthForm } from "../_components/run-auth-form";

/** Sign-up form: account + settings (browser time zone, else UTC) + session, then `next`. */
export async function signUpAction(_prev: AuthFormState, formData: FormData): Promise<AuthFormState> {
  const timezone = String(formData.get("timezone") ?? "");
  const failed = await runAuthForm(
    signUpSchema,
    {
      email: formData.get("email") ?? "",
      password: formData.get("password") ?? "",
      // A hidden field the user cannot fix: fall back to UTC rather than refuse.
      timezone: isIanaTimeZone(timezone) ? timezone : "UTC",
    },
    signUpWithPassword,
  );
  if (failed) return failed;
  redirect(sanitizeNextPath(formData.get("next")));
}
