// Lighthouse (its default: mobile, simulated throttling) on signed-in pages.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { HEADLESS_FLAGS, chromeExecutable } from "./chrome.mjs";
import { median } from "./stats.mjs";

export async function runLighthouse({ url, cookie, pages, runs = 3 }) {
  const chrome = await chromeLauncher.launch({ chromePath: chromeExecutable(), chromeFlags: HEADLESS_FLAGS });
  try {
    const out = {};
    for (const [name, pathname] of Object.entries(pages)) {
      const perf = [];
      const a11y = [];
      let failed = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(
          `${url}${pathname}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders: { Cookie: cookie } },
        );
        const lhr = result.lhr;
        if (lhr.runtimeError) throw new Error(`lighthouse ${pathname}: ${lhr.runtimeError.message}`);
        if (new URL(lhr.finalDisplayedUrl).pathname !== pathname) throw new Error(`lighthouse ${pathname} ended on ${lhr.finalDisplayedUrl}`);
        perf.push(lhr.categories.performance.score);
        a11y.push(lhr.categories.accessibility.score);
        // Which audits cost points, so a miss says why.
        failed = Object.values(lhr.audits)
          .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
          .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);
      }
      out[name] = { path: pathname, performance: median(perf), accessibility: median(a11y), runs: { performance: perf, accessibility: a11y }, belowPar: failed };
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
