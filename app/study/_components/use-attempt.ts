"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import { ApiError, apiFetch } from "@/lib/client/api";
import type { Recorder } from "@/lib/client/recorder";
import type { TranscriptionSession } from "@/lib/client/transcriber";
import type { AttemptAnalysisResponse } from "@/lib/client/types";
import { useTranscriber } from "@/lib/client/use-transcriber";
import { t } from "@/lib/i18n/client";

export type AttemptPhase = "idle" | "listening" | "typing" | "analyzing" | "done";

interface Payload {
  transcript: string;
  durationMs: number;
  source: "speech" | "typed";
}

/**
 * One answer to the card on screen: spoken (transcribed in the browser, and
 * recorded when the microphone allows) or typed, then sent for analysis.
 * Only the transcript text and the duration leave the browser.
 */
export function useAttempt(cardId: string, recorder: Recorder, revealed: boolean, onDone: () => void) {
  const transcriber = useTranscriber();
  const [phase, setPhase] = useState<AttemptPhase>("idle");
  const [text, setText] = useState("");
  const [analysis, setAnalysis] = useState<AttemptAnalysisResponse | null>(null);
  const [payload, setPayload] = useState<Payload | null>(null);
  const [error, setError] = useState<string | null>(null);
  const session = useRef<TranscriptionSession | null>(null);
  const startedAt = useRef(0);
  const alive = useRef(true);
  /** The attempt started the recording, so it also ends it (a take started with V is the user's to stop). */
  const ownsRecording = useRef(false);

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      session.current?.abort();
    };
  }, []);

  const submit = useCallback(
    async (p: Payload) => {
      setPayload(p);
      setError(null);
      setPhase("analyzing");
      try {
        const res = await apiFetch<AttemptAnalysisResponse>(`/api/v1/cards/${encodeURIComponent(cardId)}/attempts`, { method: "POST", body: p });
        if (!alive.current) return;
        setAnalysis(res);
        setPhase("done");
        onDone();
      } catch (err) {
        if (!alive.current) return;
        setError(`${t.attempts.panel.failed} ${err instanceof ApiError ? err.message : ""}`.trim());
        setPhase("done");
      }
    },
    [cardId, onDone],
  );

  const speak = useCallback(() => {
    if (!transcriber.usable || phase === "listening") return;
    setText("");
    setError(null);
    try {
      session.current = transcriber.start({
        onText: (x) => alive.current && setText(x),
        onError: (code) => alive.current && setError(code === "denied" ? t.attempts.recognition.denied : t.attempts.recognition.error),
      });
    } catch {
      setError(t.attempts.recognition.error);
      return;
    }
    startedAt.current = performance.now();
    setPhase("listening");
    // The recording is the user's own copy to replay; it stays in this tab.
    if (recorder.status === "idle") {
      ownsRecording.current = true;
      void recorder.start();
    }
  }, [transcriber, phase, recorder]);

  // The microphone may still be starting when the answer ends: stop the take as soon as it runs.
  const { status: recStatus, stop: stopRecording } = recorder;
  useEffect(() => {
    if (phase !== "listening" && ownsRecording.current && recStatus === "recording") {
      ownsRecording.current = false;
      stopRecording();
    }
  }, [phase, recStatus, stopRecording]);

  const finishSpeaking = useCallback(async () => {
    const s = session.current;
    if (!s) return;
    session.current = null;
    const durationMs = Math.round(performance.now() - startedAt.current);
    const final = (await s.stop()).trim();
    if (!alive.current) return;
    if (!final) {
      setError(t.attempts.panel.nothingHeard);
      setPhase("idle");
      return;
    }
    setText(final);
    await submit({ transcript: final, durationMs, source: "speech" });
  }, [submit]);

  const openTyping = useCallback(() => {
    if (phase === "listening" || phase === "analyzing") return;
    setError(null);
    startedAt.current = performance.now();
    setPhase("typing");
  }, [phase]);

  const submitTyped = useCallback(
    (value: string) => {
      const transcript = value.trim();
      if (!transcript) return;
      setText(transcript);
      void submit({ transcript, durationMs: Math.round(performance.now() - startedAt.current), source: "typed" });
    },
    [submit],
  );

  const retry = useCallback(() => {
    if (payload) void submit(payload);
  }, [payload, submit]);

  // Revealing the answer (Space) while still speaking ends the attempt.
  useEffect(() => {
    if (revealed && phase === "listening") void finishSpeaking();
  }, [revealed, phase, finishSpeaking]);

  return { transcriber, phase, text, analysis, error, speak, finishSpeaking, openTyping, submitTyped, retry, canRetry: !!payload && !analysis };
}

export type Attempt = ReturnType<typeof useAttempt>;
