import "./globals.css";
import type { Metadata, Viewport } from "next";
import { t } from "@/lib/i18n";
import { AccountMenu } from "./_components/account-menu";
import { ErrorStringsProvider } from "./_components/error-strings";
import { SiteHeader } from "./_components/site-header";
import { WebFonts } from "./_components/web-fonts";

export const metadata: Metadata = {
  title: { default: t.app.name, template: `%s · ${t.app.name}` },
  description: t.app.tagline,
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#0b0f19" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="ko">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-indigo-600 focus:px-3 focus:py-2 focus:text-white"
        >
          {t.app.skipToContent}
        </a>
        <SiteHeader>
          <AccountMenu />
        </SiteHeader>
        <main id="main" className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6">
          <ErrorStringsProvider strings={{ title: t.errors.unexpectedTitle, body: t.errors.unexpectedBody, retry: t.errors.retry }}>
            {children}
          </ErrorStringsProvider>
        </main>
        <WebFonts />
      </body>
    </html>
  );
}
