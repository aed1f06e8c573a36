import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { t } from "@/lib/i18n";
import { ImportExample } from "./_components/import-example";
import { ImportForm } from "./_components/import-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: t.import.title };

export default async function ImportPage() {
  await requireUser("/import");
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t.import.title}</h1>
        <p className="mt-1 text-slate-600 dark:text-slate-400">{t.import.intro}</p>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t.import.limits}</p>
        <ImportExample />
      </header>
      <ImportForm />
    </div>
  );
}
