"use client";
import { useEffect, useRef, useState } from "react";
import type { GradedEntry } from "./use-study-queue";

const KEY = "rehearse.session-tally";

interface Saved {
  day: string;
  query: string;
  history: GradedEntry[];
}

/**
 * The grades of this session, kept in localStorage for the study day, so a
 * reload mid-session keeps "이번 세션에서 푼 카드" and the summary. A new
 * study day, or another deck/query, starts a fresh tally.
 */
export function useSessionTally(query: string, studyDay: string | undefined) {
  const [history, setHistory] = useState<GradedEntry[]>([]);
  const restored = useRef(false);

  useEffect(() => {
    if (!studyDay || restored.current) return;
    restored.current = true;
    try {
      const saved = JSON.parse(localStorage.getItem(KEY) ?? "null") as Saved | null;
      if (saved && saved.day === studyDay && saved.query === query && Array.isArray(saved.history)) {
        setHistory((h) => [...saved.history, ...h]);
      }
    } catch {
      // Unreadable or blocked storage: the tally simply starts at zero.
    }
  }, [query, studyDay]);

  useEffect(() => {
    if (!studyDay || !restored.current) return;
    try {
      localStorage.setItem(KEY, JSON.stringify({ day: studyDay, query, history } satisfies Saved));
    } catch {
      // Storage full or blocked: nothing to keep.
    }
  }, [query, studyDay, history]);

  return [history, setHistory] as const;
}
