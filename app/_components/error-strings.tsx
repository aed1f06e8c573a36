"use client";

import { createContext, useContext } from "react";

/** The error boundary's text, handed down by the (server) root layout. */
export interface ErrorStrings {
  title: string;
  body: string;
  retry: string;
}

const Context = createContext<ErrorStrings | null>(null);

/**
 * Gives app/error.tsx its strings as props from the server instead of an
 * import of lib/i18n: a client import ships the whole dictionary, and the
 * error boundary's chunk loads on every page (≈ 4.5 KiB gzipped of /study's
 * JavaScript, bench/README.md).
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: React.ReactNode }) {
  return <Context.Provider value={strings}>{children}</Context.Provider>;
}

export function useErrorStrings(): ErrorStrings | null {
  return useContext(Context);
}
