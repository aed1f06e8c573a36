"use client";
import { useCallback, useEffect, useMemo, type RefObject } from "react";
import { useSpeech } from "@/lib/client/speech";
import { markdownToSpeech } from "@/lib/client/speech-text";
import type { StudyCard } from "@/lib/client/types";
import { ReadAloud } from "./read-aloud";
import { useStudyKeys } from "./use-study-keys";

/** What read-aloud says for a card: the steps as a numbered list, else the model answer, as plain text. */
function speechTextOf(card: StudyCard): string {
  return markdownToSpeech(card.kind === "steps" && card.steps?.length ? card.steps.map((s, i) => `${i + 1}. ${s}`).join("\n") : card.answer);
}

interface Props {
  card: StudyCard;
  voice: string;
  rate: number;
  onRate: (rate: number) => void;
  /** Set while this is mounted, so the card stage leaves R to this component. */
  mounted: RefObject<boolean>;
  /** R pressed after the reveal but before this code arrived: read as soon as it can. */
  queued: RefObject<boolean>;
}

/**
 * Read-aloud of a revealed card and its R shortcut. The card stage loads it
 * on reveal (next/dynamic), so speech synthesis and the Markdown-to-speech
 * code are not part of /study's first load (bench/README.md, page weight).
 * Mounted with the revealed answer and unmounted with the card, which stops
 * any speech (useSpeech's cleanup).
 */
export function LiveReadAloud({ card, voice, rate, onRate, mounted, queued }: Props) {
  const speech = useSpeech(voice, rate);
  const text = useMemo(() => speechTextOf(card), [card]);
  const toggle = useCallback(() => (speech.speaking ? speech.stop() : speech.speak(text)), [speech, text]);
  const ready = speech.supported === true && !speech.unavailable;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, [mounted]);

  useEffect(() => {
    if (!queued.current || speech.supported === null) return;
    queued.current = false;
    if (ready) speech.speak(text);
  }, [queued, ready, speech, text]);

  useStudyKeys((action) => {
    if (action !== "read" || !ready) return false;
    toggle();
    return true;
  });

  return <ReadAloud speech={speech} text={text} rate={rate} onRate={onRate} />;
}
