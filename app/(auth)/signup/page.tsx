import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { sanitizeNextPath } from "@/lib/auth/next-path";
import { getSessionUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { AuthCard } from "../_components/auth-card";
import { SignupForm } from "./signup-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.auth.signupTitle };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignupPage({ searchParams }: Props) {
  const raw = (await searchParams).next;
  const next = sanitizeNextPath(Array.isArray(raw) ? raw[0] : raw);
  if (await getSessionUser()) redirect(next);
  const loginHref = next === "/" ? "/login" : `/login?next=${encodeURIComponent(next)}`;
  return (
    <AuthCard title={t.auth.signupTitle} intro={t.auth.signupIntro} switchText={t.auth.haveAccount} switchLabel={t.auth.toLogin} switchHref={loginHref}>
      <SignupForm next={next} />
    </AuthCard>
  );
}
