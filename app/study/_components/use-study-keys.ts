"use client";
import { useEffect, useLayoutEffect, useRef } from "react";

export type StudyAction = "reveal" | "grade1" | "grade2" | "grade3" | "grade4" | "read" | "record" | "undo";

/** Where typing must win over shortcuts. */
function isTextEntry(el: Element | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  return el.closest("input, textarea, select, [contenteditable='true'], [role='textbox'], [role='combobox']") !== null;
}

/** Where Space/Enter already mean "activate this" (a focused button, link, player…). */
function isActivatable(el: Element | null): boolean {
  return el instanceof HTMLElement && el.closest("button, a[href], summary, audio, video, [role='button'], [role='link']") !== null;
}

/**
 * Letter shortcuts by `key`, falling back to the physical key: with the
 * Korean layout active, R arrives as key "ㄱ" but code "KeyR".
 */
function letter(e: KeyboardEvent, ch: string): boolean {
  const k = e.key.toLowerCase();
  if (k === ch) return true;
  return !/^[a-z]$/.test(k) && e.code === `Key${ch.toUpperCase()}`;
}

function actionFor(e: KeyboardEvent): StudyAction | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && letter(e, "z")) return "undo"; // Ctrl+Z (⌘Z on a Mac)
  if (mod || e.altKey || e.shiftKey) return null;
  if (e.key === " " || e.key === "Enter") return isActivatable(e.target as Element) ? null : "reveal";
  const digit = /^Digit([1-4])$|^Numpad([1-4])$/.exec(e.code)?.slice(1).find(Boolean) ?? (/^[1-4]$/.test(e.key) ? e.key : null);
  if (digit) return `grade${digit}` as StudyAction;
  if (letter(e, "r")) return "read";
  if (letter(e, "v")) return "record";
  if (letter(e, "u")) return "undo";
  return null;
}

/**
 * Global study shortcuts. `handle` returns true when it acted, and only then
 * is the browser default (page scroll on Space, browser undo…) prevented.
 */
export function useStudyKeys(handle: (action: StudyAction) => boolean) {
  const ref = useRef(handle);
  // Layout effect, not a passive one: the handler must be current before the
  // browser paints this render, or a key pressed as soon as a button looks
  // enabled reaches the previous render's handler (which still saw "busy").
  useLayoutEffect(() => {
    ref.current = handle;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.repeat) return;
      if (isTextEntry(e.target as Element) || isTextEntry(document.activeElement)) return;
      const action = actionFor(e);
      if (action && ref.current(action)) e.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
