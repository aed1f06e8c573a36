import { z } from "zod";
import { t } from "@/lib/i18n";
import { MAX_PASSWORD, MIN_PASSWORD } from "./limits";

export { MAX_PASSWORD, MIN_PASSWORD };

const e = t.auth.errors;

/** E-mail as stored: trimmed, NFC, lower-case. */
export const emailSchema = z
  .string({ error: e.invalidEmail })
  .trim()
  .normalize("NFC")
  .toLowerCase()
  .max(254, e.invalidEmail)
  .pipe(z.email({ error: e.invalidEmail }));

export const newPasswordSchema = z
  .string({ error: e.passwordTooShort(MIN_PASSWORD) })
  .min(MIN_PASSWORD, e.passwordTooShort(MIN_PASSWORD))
  .max(MAX_PASSWORD, e.passwordTooLong(MAX_PASSWORD));

/** An IANA zone name the runtime knows ("Asia/Seoul", "UTC"); offsets like "+09:00" are refused. */
export function isIanaTimeZone(value: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timezoneSchema = z
  .string({ error: e.invalidTimezone })
  .trim()
  .max(64, e.invalidTimezone)
  .refine(isIanaTimeZone, e.invalidTimezone);

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  timezone: timezoneSchema.optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string({ error: e.passwordRequired }).min(1, e.passwordRequired).max(1024, e.invalidCredentials),
});
export type SignInInput = z.infer<typeof signInSchema>;
