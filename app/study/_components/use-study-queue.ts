"use client";
/**
 * The study queue as the server decides it: fetch the next card, send grades
 * (idempotent by a client-chosen id), undo. The server owns ordering; the
 * client only remembers what this session graded, for the summary.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch, newId } from "@/lib/client/api";
import type { Rating, ReviewRequest, ReviewResponse, StudyNextResponse } from "@/lib/client/types";
import { t } from "@/lib/i18n/client";
import { useSessionTally } from "./use-session-tally";

export interface GradedEntry {
  /** The review id the grade was sent with; undo names it. */
  id: string;
  cardId: string;
  rating: Rating;
  durationMs: number;
}

export interface StatusMessage {
  text: string;
  /** Changes on every message so a repeated text is announced again. */
  n: number;
}

/** The server accepts 0–24 h; a tab left open overnight still grades instead of failing validation. */
const clampDuration = (ms: number) => Math.min(86_400_000, Math.max(0, Math.round(ms)));

// The page's first card is fresh only while the document that carried it hydrates: a later mount
// (Back, Forward, a client-side visit) may get the router's cached page, with a card already graded.
let documentHydrated = false;

/** `initial`: the first card as the page rendered it (used, not asked for again, on the document's first mount). */
export function useStudyQueue(query: string, initial: StudyNextResponse | null = null) {
  const [fresh] = useState(() => initial !== null && !documentHydrated);
  const [data, setData] = useState<StudyNextResponse | null>(fresh ? initial : null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [loading, setLoading] = useState(!fresh);
  /** A grade that has been sent but not confirmed; kept after a failure so a retry reuses its id. */
  const [pending, setPending] = useState<ReviewRequest | null>(null);
  const [gradeError, setGradeError] = useState<ApiError | null>(null);
  const [undoing, setUndoing] = useState(false);
  const [history, setHistory] = useSessionTally(query, data?.studyDay);
  const [status, setStatus] = useState<StatusMessage | null>(null);
  /** Bumped per card shown: the card view remounts (fresh timer, hidden answer) even when undo brings back the same id. */
  const [showKey, setShowKey] = useState(fresh ? 1 : 0);
  const inflight = useRef<AbortController | null>(null);
  const sending = useRef(false);

  const announce = useCallback((text: string) => setStatus((s) => ({ text, n: (s?.n ?? 0) + 1 })), []);

  const loadNext = useCallback(async () => {
    inflight.current?.abort();
    const ctrl = new AbortController();
    inflight.current = ctrl;
    setLoading(true);
    setLoadError(null);
    try {
      const next = await apiFetch<StudyNextResponse>(`/api/v1/study/next${query}`, { signal: ctrl.signal });
      if (ctrl.signal.aborted) return;
      setData(next);
      setShowKey((k) => k + 1);
    } catch (err) {
      if (ctrl.signal.aborted) return;
      setLoadError(err instanceof ApiError ? err : new ApiError(0, "network", t.study.errors.network));
    } finally {
      if (inflight.current === ctrl) setLoading(false);
    }
  }, [query]);

  useEffect(() => {
    documentHydrated = true;
    // A fresh first card is on screen already; later loads (grades, undo, retry) ask the API.
    if (!fresh) void loadNext();
    return () => inflight.current?.abort();
  }, [fresh, loadNext]);

  const send = useCallback(
    async (req: ReviewRequest) => {
      if (sending.current) return; // double click / key repeat while in flight
      sending.current = true;
      setPending(req);
      setGradeError(null);
      try {
        await apiFetch<ReviewResponse>("/api/v1/reviews", { method: "POST", body: req });
        setHistory((h) => [...h, { id: req.id, cardId: req.cardId, rating: req.rating, durationMs: req.durationMs }]);
        setPending(null);
        setStatus((s) => s && { text: "", n: s.n + 1 }); // an old conflict/undo notice no longer applies
        void loadNext();
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError(0, "network", t.study.errors.network);
        if (e.retryable) {
          setGradeError(e); // keep `pending`: the retry sends the same id
        } else {
          // 409 (graded in another tab), 404 (card gone), 400: this grade is moot; move on.
          setPending(null);
          announce(e.message);
          void loadNext();
        }
      } finally {
        sending.current = false;
      }
    },
    [announce, loadNext],
  );

  const grade = useCallback(
    (rating: Rating, durationMs: number) => {
      const card = data?.card;
      if (!card || pending || undoing || loading) return;
      void send({ id: newId(), cardId: card.id, rating, durationMs: clampDuration(durationMs), version: card.version });
    },
    [data, pending, undoing, loading, send],
  );

  const retryGrade = useCallback(() => {
    if (pending) void send(pending);
  }, [pending, send]);

  const undo = useCallback(async () => {
    if (pending || undoing) return;
    // Undo names the grade it takes back: this session's latest (a repeat is a no-op on the server).
    const last = history.at(-1);
    if (!last) return announce(t.undoReview.nothingInSession);
    setUndoing(true);
    try {
      await apiFetch<{ cardId: string }>("/api/v1/reviews/undo", { method: "POST", body: { reviewId: last.id } });
      setHistory((h) => h.filter((g) => g.id !== last.id));
      announce(t.study.undone);
      await loadNext();
    } catch (err) {
      announce(err instanceof ApiError ? err.message : t.study.errors.network);
    } finally {
      setUndoing(false);
    }
  }, [pending, undoing, history, announce, loadNext]);

  return {
    /** Grading and undo are off while a request is in flight or the next card is loading. */
    busy: !!pending || undoing || loading,
    data,
    loading,
    loadError,
    loadNext,
    showKey,
    /** The card on screen is the one the page's HTML carried (no card shown since). */
    shownWithPage: fresh && showKey === 1,
    grade,
    pending,
    gradeError,
    retryGrade,
    undo,
    undoing,
    history,
    status,
  };
}

export type StudyQueue = ReturnType<typeof useStudyQueue>;
