"use client";
/**
 * Read-aloud over the Web Speech API. Support is only known in the browser,
 * so hooks report `null` ("not known yet") during server rendering and the
 * first hydration pass instead of guessing and mismatching.
 */
import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { speechChunks } from "./speech-text";

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

/** Voices load asynchronously in Chrome (empty until `voiceschanged`). Korean voices first. */
export function useVoices(): SpeechSynthesisVoice[] {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!speechSupported()) return;
    const synth = window.speechSynthesis;
    const load = () => {
      const all = synth.getVoices();
      setVoices([...all.filter(isKorean), ...all.filter((v) => !isKorean(v))]);
    };
    load();
    synth.addEventListener?.("voiceschanged", load);
    return () => synth.removeEventListener?.("voiceschanged", load);
  }, []);
  return voices;
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
  speaking: boolean;
  speak: (text: string) => void;
  stop: () => void;
}

/** Speaks plain text in Korean with the given voice preference and rate; stops on unmount. */
export function useSpeech(voiceName: string, rate: number): Speech {
  const supported = useSpeechSupported();
  const voices = useVoices();
  const [speaking, setSpeaking] = useState(false);
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
      chunks.forEach((chunk, i) => {
        const u = new SpeechSynthesisUtterance(chunk);
        u.lang = SPEECH_LANG;
        if (voice) u.voice = voice;
        u.rate = Math.min(2, Math.max(0.5, rate || 1));
        u.onerror = done;
        if (i === chunks.length - 1) u.onend = done;
        synth.speak(u);
      });
      setSpeaking(true);
    },
    [voices, voiceName, rate],
  );

  useEffect(() => stop, [stop]);

  return { supported, speaking, speak, stop };
}
