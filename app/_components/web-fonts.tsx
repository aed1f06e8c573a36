"use client";

import { useEffect } from "react";

/**
 * Loads Pretendard after the page has loaded and the browser is idle, so no
 * font request competes with the first screen (bench/README.md: the font
 * subsets fetched before the largest paint were most of Lighthouse's LCP on a
 * phone). Until then, and if it never loads, text uses the system's Korean
 * font (the stack in globals.css).
 */
export function WebFonts() {
  useEffect(() => {
    let cancelled = false;
    const load = () => {
      if (!cancelled) void import("./load-web-fonts");
    };
    const whenIdle = () => ("requestIdleCallback" in window ? window.requestIdleCallback(load, { timeout: 3000 }) : setTimeout(load, 200));
    if (document.readyState === "complete") whenIdle();
    else window.addEventListener("load", whenIdle, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener("load", whenIdle);
    };
  }, []);
  return null;
}
