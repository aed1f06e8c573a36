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
    // Every script URL the page requested; the bytes are fetched again afterwards, because
    // a response body is not always still available to the browser (under load it
    // silently dropped all but two of nine files).
    const urls = new Set();
    page.on("request", (req) => {
      if (req.resourceType() === "script") urls.add(req.url());
    });
    await page.goto(`${url}${pathname}`, { waitUntil: "networkidle" });
    if (new URL(page.url()).pathname !== pathname) throw new Error(`${pathname} redirected to ${page.url()}: not signed in?`);
    const scripts = new Map();
    for (const scriptUrl of urls) {
      const res = await fetch(scriptUrl, { headers: { cookie, "accept-encoding": "identity" } });
      if (!res.ok) throw new Error(`${scriptUrl}: HTTP ${res.status}`);
      scripts.set(scriptUrl, Buffer.from(await res.arrayBuffer()));
    }
    let raw = 0;
    let gzip = 0;
    const files = [];
    for (const [scriptUrl, body] of scripts) {
      const gz = zlib.gzipSync(body, { level: 6 }).length; // what a gzip-ing server or CDN would send
      raw += body.length;
      gzip += gz;
      files.push({ file: new URL(scriptUrl).pathname.split("/").pop(), gzipKiB: Math.round((gz / 1024) * 10) / 10 });
    }
    files.sort((a, b) => b.gzipKiB - a.gzipKiB);
    return { scripts: scripts.size, studyJsRawKiB: Math.round((raw / 1024) * 10) / 10, studyJsGzipKiB: Math.round((gzip / 1024) * 10) / 10, files };
  } finally {
    await browser.close();
  }
}
