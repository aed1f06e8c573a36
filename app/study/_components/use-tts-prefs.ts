"use client";
import { useEffect, useState } from "react";
import { apiFetch } from "@/lib/client/api";
import type { UserSettings } from "@/lib/client/types";

/**
 * The saved read-aloud voice and speed. Defaults apply until (or if) the
 * settings request answers; speed can then be changed for this session only.
 */
export function useTtsPrefs() {
  const [voice, setVoice] = useState("");
  const [rate, setRate] = useState(1);
  useEffect(() => {
    const ctrl = new AbortController();
    apiFetch<{ settings?: UserSettings } & Partial<UserSettings>>("/api/v1/settings", { signal: ctrl.signal })
      .then((res) => {
        const s = res.settings ?? res;
        if (typeof s.ttsVoice === "string") setVoice(s.ttsVoice);
        if (typeof s.ttsRate === "number" && s.ttsRate >= 0.5 && s.ttsRate <= 2) setRate(s.ttsRate);
      })
      .catch(() => {}); // read-aloud still works with the defaults
    return () => ctrl.abort();
  }, []);
  return { voice, rate, setRate };
}
