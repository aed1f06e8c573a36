"use client";
/**
 * Speech → text in the browser. One interface, one implementation on the Web
 * Speech API that prefers recognition on the device (Chrome's
 * `processLocally`); recognition in the vendor's cloud is used only after the
 * user opted in. Audio and text never reach our server from here: the caller
 * decides what to send (the transcript, for analysis).
 */

/** What this browser can do for ko-KR, as far as the user is concerned. */
export type TranscriberAvailability =
  | "on-device" // recognised locally
  | "downloadable" // local recognition after a language-pack download (needs a click)
  | "cloud" // only the vendor's cloud service: off until the user opts in
  | "none";

export interface TranscriptionHandlers {
  /** Final text so far plus the current guess, whenever it changes. */
  onText: (text: string) => void;
  /** Recognition stopped by itself (error or the browser ended it). */
  onError: (code: "denied" | "error") => void;
}

export interface TranscriptionSession {
  /** Stops listening and resolves with the final text. */
  stop: () => Promise<string>;
  /** Stops without waiting for a result. */
  abort: () => void;
}

export interface Transcriber {
  availability: () => Promise<TranscriberAvailability>;
  /** Downloads on-device recognition for ko-KR (call from a click); true when it is ready. */
  install: () => Promise<boolean>;
  start: (options: { local: boolean }, handlers: TranscriptionHandlers) => TranscriptionSession;
}

const LANG = "ko-KR";

interface RecognitionResultList {
  length: number;
  [i: number]: { isFinal: boolean; 0: { transcript: string } };
}
interface RecognitionLike {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  processLocally?: boolean;
  onresult: ((e: { results: RecognitionResultList }) => void) | null;
  onerror: ((e: { error: string }) => void) | null;
  onend: (() => void) | null;
  start: () => void;
  stop: () => void;
  abort: () => void;
}
type AvailabilityAnswer = "available" | "downloadable" | "downloading" | "unavailable";
interface RecognitionCtor {
  new (): RecognitionLike;
  available?: (o: { langs: string[]; processLocally: boolean }) => Promise<AvailabilityAnswer>;
  install?: (o: { langs: string[]; processLocally: boolean }) => Promise<boolean>;
}

function recognitionCtor(): RecognitionCtor | null {
  if (typeof window === "undefined") return null;
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/** Joins a result list: final parts in order, then the live guess. */
function textOf(results: RecognitionResultList): string {
  const parts: string[] = [];
  for (let i = 0; i < results.length; i++) parts.push(results[i]![0].transcript.trim());
  return parts.filter(Boolean).join(" ");
}

/** The Web Speech API implementation. */
export const webSpeechTranscriber: Transcriber = {
  async availability() {
    const Ctor = recognitionCtor();
    if (!Ctor) return "none";
    // Browsers without the on-device API (older Chrome, Safari) only recognise in the cloud.
    if (typeof Ctor.available !== "function") return "cloud";
    try {
      const local = await Ctor.available({ langs: [LANG], processLocally: true });
      if (local === "available") return "on-device";
      if (local === "downloadable" || local === "downloading") return "downloadable";
      const cloud = await Ctor.available({ langs: [LANG], processLocally: false });
      return cloud === "available" ? "cloud" : "none";
    } catch {
      return "none";
    }
  },

  async install() {
    const Ctor = recognitionCtor();
    if (!Ctor?.install) return false;
    try {
      return await Ctor.install({ langs: [LANG], processLocally: true });
    } catch {
      return false;
    }
  },

  start({ local }, { onText, onError }) {
    const Ctor = recognitionCtor();
    if (!Ctor) throw new Error("no speech recognition");
    const rec = new Ctor();
    rec.lang = LANG;
    rec.continuous = true;
    rec.interimResults = true;
    if (local) rec.processLocally = true;
    let text = "";
    let ended = false;
    let finish: ((t: string) => void) | null = null;
    rec.onresult = (e) => {
      text = textOf(e.results);
      onText(text);
    };
    rec.onerror = (e) => {
      if (e.error === "no-speech" || e.error === "aborted") return;
      onError(e.error === "not-allowed" || e.error === "service-not-allowed" ? "denied" : "error");
    };
    rec.onend = () => {
      ended = true;
      finish?.(text);
    };
    rec.start();
    return {
      stop: () =>
        new Promise<string>((resolve) => {
          if (ended) return resolve(text);
          finish = resolve;
          rec.stop();
          // A recogniser that never fires `end` must not hang the attempt.
          window.setTimeout(() => resolve(text), 3000);
        }),
      abort: () => {
        if (!ended) rec.abort();
      },
    };
  },
};

const CLOUD_KEY = "rehearse.cloudRecognition";

/** The user's choice to allow cloud recognition in this browser (kept in localStorage, never on the server). */
export function cloudRecognitionAllowed(): boolean {
  try {
    return window.localStorage.getItem(CLOUD_KEY) === "1";
  } catch {
    return false;
  }
}

export function setCloudRecognitionAllowed(on: boolean): void {
  try {
    if (on) window.localStorage.setItem(CLOUD_KEY, "1");
    else window.localStorage.removeItem(CLOUD_KEY);
  } catch {
    // Private mode without storage: the choice lasts for this page only.
  }
}
