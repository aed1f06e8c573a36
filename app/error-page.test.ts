import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { t } from "@/lib/i18n";
import { ErrorStringsProvider } from "./_components/error-strings";
import ErrorPage from "./error";

describe("the root error boundary", () => {
  it("shows the layout's Korean strings in an alert with a retry button", () => {
    const strings = { title: t.errors.unexpectedTitle, body: t.errors.unexpectedBody, retry: t.errors.retry };
    const html = renderToStaticMarkup(
      createElement(ErrorStringsProvider, { strings, children: createElement(ErrorPage, { error: new Error("boom"), reset: () => {} }) }),
    );
    expect(html).toBe(
      `<div role="alert" class="space-y-3 py-12 text-center"><h1 class="text-2xl font-bold">${t.errors.unexpectedTitle}</h1>` +
        `<p class="text-slate-600 dark:text-slate-400">${t.errors.unexpectedBody}</p>` +
        `<button type="button" class="rounded-lg bg-indigo-600 px-4 py-2 text-white hover:bg-indigo-700">${t.errors.retry}</button></div>`,
    );
  });
});
