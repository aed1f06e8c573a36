"use client";
import { useEffect } from "react";
import { t } from "@/lib/i18n";

/**
 * While `dirty`, leaving the page asks first: the browser's own prompt on
 * reload/close, and a confirm() on in-app links (client-side navigation
 * never fires `beforeunload`).
 */
export function useUnsavedGuard(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = ""; // Chrome needs it set to show the prompt
    };
    const onClick = (e: MouseEvent) => {
      const a = (e.target as Element | null)?.closest?.("a[href]");
      if (!a || e.defaultPrevented || a.getAttribute("target") === "_blank") return;
      if (!window.confirm(t.polish.settings.unsavedLeave)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
