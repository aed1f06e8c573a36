import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { SettingsForm } from "./_components/settings-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.settings.title };

export default async function SettingsPage() {
  await requireUser("/settings");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.settings.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.settings.intro}</p>
      </header>
      <SettingsForm />
    </div>
  );
}
