"use client";
/**
 * Read-aloud over the Web Speech API. Support is only known in the browser,
 * so hooks report `null` ("not known yet") during server rendering and the
 * first hydration pass instead of guessing and mismatching.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { t } from "@/lib/i18n/client";
import { speechChunks } from "./speech-text";

/** Speech that has not started this long after speak() is treated as failed. */
const START_TIMEOUT_MS = 4000;

export const SPEECH_LANG = "ko-KR";

function speechSupported(): boolean {
  return typeof window !== "undefined" && "speechSynthesis" in window && "SpeechSynthesisUtterance" in window;
}

const noSubscribe = () => () => {};

/** true / false in the browser, null while rendering on the server. */
export function useSpeechSupported(): boolean | null {
  return useSyncExternalStore(noSubscribe, speechSupported, () => null);
}

export const isKorean = (v: SpeechSynthesisVoice) => v.lang.replace("_", "-").toLowerCase().startsWith("ko");

/** How long to wait for `voiceschanged` before concluding the browser has no voice. */
const VOICES_WAIT_MS = 1500;

/** Voices load asynchronously in Chrome (empty until `voiceschanged`). Korean voices first. */
export function useVoices(): SpeechSynthesisVoice[] {
  return useVoiceList().voices;
}

/** The voice list plus whether it is final (loaded, or still empty after a wait). */
export function useVoiceList(): { voices: SpeechSynthesisVoice[]; settled: boolean } {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (!speechSupported()) return;
    const synth = window.speechSynthesis;
    const load = () => {
      const all = synth.getVoices();
      setVoices([...all.filter(isKorean), ...all.filter((v) => !isKorean(v))]);
      if (all.length > 0) setSettled(true);
    };
    load();
    const timer = setTimeout(() => setSettled(true), VOICES_WAIT_MS);
    synth.addEventListener?.("voiceschanged", load);
    return () => {
      clearTimeout(timer);
      synth.removeEventListener?.("voiceschanged", load);
    };
  }, []);
  return { voices, settled };
}

/** The user's chosen voice when this browser has it, else a Korean one, else none (engine default for ko-KR). */
export function pickVoice(voices: SpeechSynthesisVoice[], preferred: string): SpeechSynthesisVoice | null {
  if (preferred) {
    const chosen = voices.find((v) => v.name === preferred || v.voiceURI === preferred);
    if (chosen) return chosen;
  }
  const ko = voices.filter(isKorean);
  return ko.find((v) => v.default) ?? ko.find((v) => v.localService) ?? ko[0] ?? null;
}

export interface Speech {
  supported: boolean | null;
  /**
   * Why read-aloud cannot work here although the API exists: the browser has
   * no voice, or synthesis failed (an error event, or nothing started within
   * a few seconds). Null while it can be used.
   */
  unavailable: string | null;
  speaking: boolean;
  speak: (text: string) => void;
  stop: () => void;
}

/** Speaks plain text in Korean with the given voice preference and rate; stops on unmount. */
export function useSpeech(voiceName: string, rate: number): Speech {
  const supported = useSpeechSupported();
  const { voices, settled } = useVoiceList();
  const [speaking, setSpeaking] = useState(false);
  const [failed, setFailed] = useState(false);
  // Bumped on every speak/stop so callbacks of cancelled utterances are ignored.
  const generation = useRef(0);

  const stop = useCallback(() => {
    generation.current++;
    if (speechSupported()) window.speechSynthesis.cancel();
    setSpeaking(false);
  }, []);

  const speak = useCallback(
    (text: string) => {
      if (!speechSupported() || !text.trim()) return;
      const synth = window.speechSynthesis;
      synth.cancel();
      const gen = ++generation.current;
      const voice = pickVoice(voices, voiceName);
      const chunks = speechChunks(text);
      const done = () => {
        if (generation.current === gen) setSpeaking(false);
      };
      let started = false;
      const fail = () => {
        if (generation.current !== gen) return;
        synth.cancel();
        setSpeaking(false);
        setFailed(true);
      };
      chunks.forEach((chunk, i) => {
        const u = new SpeechSynthesisUtterance(chunk);
        u.lang = SPEECH_LANG;
        if (voice) u.voice = voice;
        u.rate = Math.min(2, Math.max(0.5, rate || 1));
        u.onstart = () => {
          started = true;
        };
        // "interrupted"/"canceled" are our own stop(); anything else is a real failure.
        u.onerror = (e) => (e.error === "interrupted" || e.error === "canceled" ? done() : fail());
        if (i === chunks.length - 1) u.onend = done;
        synth.speak(u);
      });
      // Some engines neither speak nor report an error: treat silence as a failure.
      setTimeout(() => {
        if (!started && !synth.speaking) fail();
      }, START_TIMEOUT_MS);
      setSpeaking(true);
    },
    [voices, voiceName, rate],
  );

  useEffect(() => stop, [stop]);

  const unavailable = supported !== true ? null : failed ? t.polish.speech.failed : settled && voices.length === 0 ? t.polish.speech.noVoice : null;
  return { supported, unavailable, speaking, speak, stop };
}
