import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { AuthCard } from "../_components/auth-card";
import { LoginForm } from "./login-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.auth.loginTitle };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function LoginPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = sanitizeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getSessionUser()) redirect(next);
  const signupHref = next === "/" ? "/signup" : `/signup?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard title={t.auth.loginTitle} intro={t.auth.loginIntro} switchText={t.auth.noAccount} switchLabel={t.auth.toSignup} switchHref={signupHref}>
      <LoginForm next={next} />
    </AuthCard>
  );
}
