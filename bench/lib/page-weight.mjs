// Benchmark part 4: the JavaScript a signed-in user downloads for /study,
// measured by loading the page in Chromium and gzipping every script it fetched.
import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { chromeExecutable } from "./chrome.mjs";

export async function measureStudyJs({ url, cookie, pathname = "/study" }) {
  const browser = await chromium.launch({ executablePath: chromeExecutable(), args: ["--no-sandbox", "--disable-gpu"] });
  try {
    // The session cookie as a header: it may carry a __Secure- style name the cookie jar refuses on http.
    const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
    const page = await context.newPage();
    const scripts = new Map();
    page.on("response", async (res) => {
      if (res.request().resourceType() !== "script") return;
      try {
        scripts.set(res.url(), await res.body());
      } catch {
        /* redirects have no body */
      }
    });
    await page.goto(`${url}${pathname}`, { waitUntil: "networkidle" });
    if (new URL(page.url()).pathname !== pathname) throw new Error(`${pathname} redirected to ${page.url()}: not signed in?`);
    let raw = 0;
    let gzip = 0;
    for (const body of scripts.values()) {
      raw += body.length;
      gzip += zlib.gzipSync(body, { level: 6 }).length; // what a gzip-ing server or CDN would send
    }
    return { scripts: scripts.size, studyJsRawKiB: Math.round((raw / 1024) * 10) / 10, studyJsGzipKiB: Math.round((gzip / 1024) * 10) / 10 };
  } finally {
    await browser.close();
  }
}
