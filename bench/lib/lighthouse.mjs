// Lighthouse (its default: mobile, simulated throttling) on every page of
// issue 12's goal. Navigations are scored normally; "/study revealed" is a
// user flow: load /study, then a timespan around revealing the answer
// (performance of the interaction: TBT) and a snapshot of the revealed page
// (accessibility). A page the branch does not have is "not measured".
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse, { startFlow } from "lighthouse";
import puppeteer from "puppeteer-core";
import { HEADLESS_FLAGS, chromeExecutable } from "./chrome.mjs";
import { median } from "./stats.mjs";

/** The pages of the goal; `cookie: null` means signed out. */
export async function lighthousePages({ url, cookie, dbFile }) {
  const db = new Database(dbFile, { readonly: true });
  const deck = db.prepare(`SELECT id FROM deck WHERE builtIn = 1 ORDER BY id LIMIT 1`).get();
  db.close();
  const stats = await fetch(`${url}/stats`, { headers: { cookie }, redirect: "manual" });
  return {
    today: { path: "/", cookie },
    study: { path: "/study", cookie },
    studyRevealed: { path: "/study", cookie, reveal: true },
    library: { path: "/library", cookie },
    stats: stats.status === 200 ? { path: "/stats", cookie } : { skip: `no /stats page on this build (HTTP ${stats.status})` },
    deckSignedOut: deck ? { path: `/decks/${deck.id}`, cookie: null } : { skip: "no built-in deck" },
    login: { path: "/login", cookie: null },
  };
}

const belowPar = (lhr) =>
  Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== "informative" && a.scoreDisplayMode !== "notApplicable")
    .map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ""}`);

function checkLhr(lhr, pathname) {
  if (lhr.runtimeError) throw new Error(`lighthouse ${pathname}: ${lhr.runtimeError.message}`);
  if (new URL(lhr.finalDisplayedUrl).pathname !== pathname) throw new Error(`lighthouse ${pathname} ended on ${lhr.finalDisplayedUrl}`);
}

async function navigation(chrome, appUrl, { path: pathname, cookie, url = appUrl }) {
  const extraHeaders = cookie ? { Cookie: cookie } : {};
  const { lhr } = await lighthouse(`${url}${pathname}`, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"], extraHeaders });
  checkLhr(lhr, pathname);
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    lcpMs: Math.round(lhr.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(lhr.audits["total-blocking-time"].numericValue),
    // Lighthouse's own CPU benchmark of this machine at the time (a mid-range phone is about 1,000).
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    belowPar: belowPar(lhr),
  };
}

async function revealFlow(chrome, url, { path: pathname, cookie }) {
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
  const page = await browser.newPage();
  try {
    await page.setExtraHTTPHeaders({ cookie });
    const flags = { onlyCategories: ["performance", "accessibility"], logLevel: "error" };
    const flow = await startFlow(page, { flags });
    await flow.navigate(`${url}${pathname}`);
    await page.waitForFunction(() => [...document.querySelectorAll("button")].some((b) => /답 보기|모두 보기/.test(b.textContent ?? "")), { timeout: 15_000 });
    await flow.startTimespan();
    await page.evaluate(() => [...document.querySelectorAll("button")].find((b) => /답 보기|모두 보기/.test(b.textContent ?? ""))?.click());
    await new Promise((r) => setTimeout(r, 1500));
    await flow.endTimespan();
    await flow.snapshot();
    const [, span, snap] = (await flow.createFlowResult()).steps.map((s) => s.lhr);
    checkLhr(snap, pathname);
    return {
      // A timespan has no LCP; its performance score weighs TBT and layout shift of the reveal.
      performance: span.categories.performance.score,
      accessibility: snap.categories.accessibility.score,
      lcpMs: null,
      tbtMs: Math.round(span.audits["total-blocking-time"].numericValue),
      belowPar: [...belowPar(span), ...belowPar(snap)],
    };
  } finally {
    await page.close();
    browser.disconnect();
  }
}

export async function runLighthouse({ url, pages, runs = 3 }) {
  const chrome = await chromeLauncher.launch({ chromePath: chromeExecutable(), chromeFlags: HEADLESS_FLAGS });
  try {
    const out = {};
    for (const [name, page] of Object.entries(pages)) {
      if (page.skip) {
        out[name] = { path: null, performance: null, accessibility: null, lcpMs: null, tbtMs: null, reason: page.skip };
        continue;
      }
      const samples = [];
      for (let i = 0; i < runs; i++) samples.push(await (page.reveal ? revealFlow(chrome, url, page) : navigation(chrome, url, page)));
      const m = (key) => (samples[0][key] === null ? null : median(samples.map((s) => s[key])));
      out[name] = {
        path: page.path,
        signedIn: Boolean(page.cookie),
        performance: m("performance"),
        accessibility: m("accessibility"),
        lcpMs: m("lcpMs"),
        tbtMs: m("tbtMs"),
        ...(page.floor ? { floor: true } : {}),
        runs: samples.map(({ belowPar: _, ...s }) => s),
        belowPar: samples.at(-1).belowPar,
      };
    }
    return out;
  } finally {
    await chrome.kill();
  }
}
