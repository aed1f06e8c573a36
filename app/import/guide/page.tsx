import fs from "node:fs/promises";
import path from "node:path";
import type { Metadata } from "next";
import Link from "next/link";
import { t } from "@/lib/i18n";
import { renderMarkdown } from "@/lib/markdown/render-markdown";

export const metadata: Metadata = { title: t.polish.import.formatGuide };

/** The note format guide: content/README.md, the same document the repository keeps, rendered sanitized. */
export default async function FormatGuidePage() {
  const source = await fs.readFile(path.join(process.cwd(), "content", "README.md"), "utf8");
  return (
    <div className="space-y-4">
      <Link href="/import" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
        ← {t.import.title}
      </Link>
      {/* Wrapped, not scrolled: a scrollable <pre> on a phone is a region the keyboard cannot reach. */}
      <article className="prose-note [&_pre]:whitespace-pre-wrap [&_pre]:break-words" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
    </div>
  );
}
