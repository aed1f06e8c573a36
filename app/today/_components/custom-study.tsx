"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import { t } from "@/lib/i18n";
import type { TodayDeck } from "./types";

const c = t.polish.custom;
const field = "min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-700 dark:bg-slate-900";
const button = "inline-flex min-h-11 items-center justify-center rounded-lg border border-indigo-300 px-4 text-sm font-semibold text-indigo-700 hover:bg-indigo-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 disabled:opacity-50 dark:border-indigo-700 dark:text-indigo-300 dark:hover:bg-indigo-950";

/** Anki-style custom study for today only: more new cards, today's failed cards again, one deck or tag. */
export function CustomStudy({ decks }: { decks: TodayDeck[] }) {
  const router = useRouter();
  const [count, setCount] = useState("5");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [only, setOnly] = useState(decks[0] ? `deck:${decks[0].id}` : "");
  const tags = [...new Set(decks.flatMap((d) => d.tags ?? []))].sort();

  async function addNew() {
    setError("");
    setBusy(true);
    try {
      await apiFetch("/api/v1/study/custom", { method: "POST", body: { extraNew: Number(count) } });
      router.push("/study");
    } catch (err) {
      setError(err instanceof ApiError ? err.message : t.study.errors.network);
    } finally {
      setBusy(false);
    }
  }

  const [kind, value] = [only.slice(0, only.indexOf(":")), only.slice(only.indexOf(":") + 1)];
  const onlyHref = `/study?${new URLSearchParams(kind === "tag" ? { tag: value } : { deck: value })}`;

  return (
    <section aria-labelledby="custom-study-heading" className="space-y-3 rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      <h2 id="custom-study-heading" className="text-lg font-semibold">{c.heading}</h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">{c.intro}</p>
      <div className="flex flex-wrap items-end gap-2">
        <label className="text-sm">
          {c.moreNewCount}
          <input type="number" min={1} max={200} value={count} onChange={(e) => setCount(e.target.value)} className={`${field} mt-1 block w-24`} />
        </label>
        <button type="button" onClick={() => void addNew()} disabled={busy || !(Number(count) >= 1 && Number(count) <= 200)} className={button}>
          {busy ? c.adding : c.moreNew}
        </button>
        <Link href="/study?mode=failed" className={button}>{c.failed}</Link>
      </div>
      {decks.length > 0 ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="text-sm">
            {c.onlyLabel}
            <select value={only} onChange={(e) => setOnly(e.target.value)} className={`${field} mt-1 block max-w-72`}>
              {decks.map((d) => <option key={d.id} value={`deck:${d.id}`}>{c.deckOption(d.title)}</option>)}
              {tags.map((tag) => <option key={tag} value={`tag:${tag}`}>{c.tagOption(tag)}</option>)}
            </select>
          </label>
          <Link href={onlyHref} className={button}>{c.onlyGo}</Link>
        </div>
      ) : null}
      {error ? <p role="alert" className="text-sm text-rose-800 dark:text-rose-300">{error}</p> : null}
    </section>
  );
}
