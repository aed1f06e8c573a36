"use client";
import { useEffect, useRef } from "react";
import { t } from "@/lib/i18n/client";

/** Sanitized-on-the-server HTML (answerHtml, tipsHtml, stepsHtml), inserted as is. */
export function Html({ html, className = "" }: { html: string; className?: string }) {
  return <div className={`prose-note ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}

/**
 * The revealed part of a card: a heading, tools (read aloud), the body, then
 * reviewer tips once `tipsHtml` is passed.
 */
export function AnswerBlock({
  title = t.study.answer,
  tools,
  tipsHtml,
  children,
}: {
  title?: string;
  tools?: React.ReactNode;
  tipsHtml?: string[];
  children: React.ReactNode;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // The reveal button that had focus just disappeared; keep keyboard users at the new content.
    if (document.activeElement === document.body) heading.current?.focus();
  }, []);
  return (
    <section aria-labelledby="answer-heading" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id="answer-heading" ref={heading} tabIndex={-1} className="text-sm font-semibold text-indigo-700 outline-none dark:text-indigo-300">
          {title}
        </h3>
        {tools}
      </div>
      {children}
      {tipsHtml && tipsHtml.length > 0 ? (
        <aside aria-label={t.study.tips} className="rounded-lg bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
          <p className="font-semibold text-amber-900 dark:text-amber-200">{t.study.tips}</p>
          <ul className="mt-1 space-y-1">
            {tipsHtml.map((tip, i) => (
              <li key={i}>
                <Html html={tip} />
              </li>
            ))}
          </ul>
        </aside>
      ) : null}
    </section>
  );
}
