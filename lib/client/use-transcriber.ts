"use client";
import { useCallback, useEffect, useState } from "react";
import {
  cloudRecognitionAllowed,
  setCloudRecognitionAllowed,
  webSpeechTranscriber,
  type Transcriber,
  type TranscriberAvailability,
  type TranscriptionHandlers,
  type TranscriptionSession,
} from "./transcriber";

// Asked once per page: every card mounts afresh, the browser's answer does not change.
let cached: Promise<TranscriberAvailability> | null = null;
let noneNoticeShown = false;

export interface TranscriberState {
  availability: TranscriberAvailability | "checking";
  installing: boolean;
  installFailed: boolean;
  cloudAllowed: boolean;
  /** Recognition can start now (on the device, or in the cloud with the user's consent). */
  usable: boolean;
  /** "No recognition here" is said once per page, not on every card. */
  showNoneNotice: boolean;
  install: () => Promise<void>;
  allowCloud: (on: boolean) => void;
  start: (handlers: TranscriptionHandlers) => TranscriptionSession;
}

/** The transcriber's state for one card; `impl` is replaceable for other engines. */
export function useTranscriber(impl: Transcriber = webSpeechTranscriber): TranscriberState {
  const [availability, setAvailability] = useState<TranscriberAvailability | "checking">("checking");
  const [installing, setInstalling] = useState(false);
  const [installFailed, setInstallFailed] = useState(false);
  const [cloudAllowed, setCloudAllowed] = useState(false);
  const [showNoneNotice, setShowNoneNotice] = useState(false);

  useEffect(() => {
    let alive = true;
    setCloudAllowed(cloudRecognitionAllowed());
    cached ??= impl.availability();
    void cached.then((a) => {
      if (!alive) return;
      setAvailability(a);
      if (a === "none" && !noneNoticeShown) {
        noneNoticeShown = true;
        setShowNoneNotice(true);
      }
    });
    return () => {
      alive = false;
    };
  }, [impl]);

  const install = useCallback(async () => {
    setInstalling(true);
    setInstallFailed(false);
    const ok = await impl.install();
    setInstalling(false);
    if (ok) {
      cached = Promise.resolve("on-device");
      setAvailability("on-device");
    } else setInstallFailed(true);
  }, [impl]);

  const allowCloud = useCallback((on: boolean) => {
    setCloudRecognitionAllowed(on);
    setCloudAllowed(on);
  }, []);

  const start = useCallback(
    (handlers: TranscriptionHandlers) => impl.start({ local: availability === "on-device" }, handlers),
    [impl, availability],
  );

  const usable = availability === "on-device" || (availability === "cloud" && cloudAllowed);
  return { availability, installing, installFailed, cloudAllowed, usable, showNoneNotice, install, allowCloud, start };
}
