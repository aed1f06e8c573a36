import fs from "node:fs";

/** Same browser as playwright.config.ts: CHROME_PATH, else the system Chromium. */
export function chromeExecutable() {
  return process.env.CHROME_PATH ?? ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
}

export const HEADLESS_FLAGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
