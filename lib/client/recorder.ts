"use client";
/**
 * Microphone recording for self-review. The audio never leaves the browser:
 * it lives in an object URL that is revoked when replaced or on unmount.
 */
import { useCallback, useEffect, useRef, useState } from "react";

export type RecorderStatus =
  | "unknown" // server render / before the capability check
  | "idle"
  | "starting" // waiting for the permission prompt
  | "recording"
  | "unsupported"
  | "denied"
  | "no-device"
  | "error";

function recorderSupported(): boolean {
  return (
    typeof window !== "undefined" &&
    typeof MediaRecorder !== "undefined" &&
    !!navigator.mediaDevices &&
    typeof navigator.mediaDevices.getUserMedia === "function"
  );
}

export interface Recorder {
  status: RecorderStatus;
  /** Object URL of the last finished take, for <audio src>. */
  url: string | null;
  start: () => Promise<void>;
  stop: () => void;
  toggle: () => void;
}

export function useRecorder(): Recorder {
  const [status, setStatus] = useState<RecorderStatus>("unknown");
  const [url, setUrl] = useState<string | null>(null);
  const recorder = useRef<MediaRecorder | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const urlRef = useRef<string | null>(null);
  const alive = useRef(true);

  useEffect(() => {
    alive.current = true;
    if (!recorderSupported()) {
      setStatus("unsupported");
      return;
    }
    setStatus("idle");
    // A permission already refused shows up front instead of after a click.
    navigator.permissions
      ?.query({ name: "microphone" as PermissionName })
      .then((p) => {
        if (alive.current && p.state === "denied") setStatus("denied");
      })
      .catch(() => {}); // Firefox does not know "microphone"; the click will tell.
    return () => {
      alive.current = false;
      if (recorder.current?.state === "recording") recorder.current.stop();
      stream.current?.getTracks().forEach((t) => t.stop());
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    };
  }, []);

  const start = useCallback(async () => {
    if (!recorderSupported() || recorder.current?.state === "recording") return;
    setStatus("starting");
    let media: MediaStream;
    try {
      media = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      const name = err instanceof DOMException ? err.name : "";
      if (alive.current) setStatus(name === "NotAllowedError" || name === "SecurityError" ? "denied" : name === "NotFoundError" ? "no-device" : "error");
      return;
    }
    if (!alive.current) {
      media.getTracks().forEach((t) => t.stop());
      return;
    }
    stream.current = media;
    const chunks: Blob[] = [];
    const rec = new MediaRecorder(media);
    rec.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    rec.onstop = () => {
      // Release the microphone so the browser's recording indicator goes away.
      media.getTracks().forEach((t) => t.stop());
      stream.current = null;
      if (!alive.current) return;
      if (urlRef.current) URL.revokeObjectURL(urlRef.current);
      const next = chunks.length ? URL.createObjectURL(new Blob(chunks, { type: rec.mimeType || "audio/webm" })) : null;
      urlRef.current = next;
      setUrl(next);
      setStatus("idle");
    };
    recorder.current = rec;
    rec.start();
    setStatus("recording");
  }, []);

  const stop = useCallback(() => {
    if (recorder.current?.state === "recording") recorder.current.stop();
  }, []);

  const toggle = useCallback(() => {
    if (recorder.current?.state === "recording") stop();
    else void start();
  }, [start, stop]);

  return { status, url, start, stop, toggle };
}
