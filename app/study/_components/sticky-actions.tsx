/**
 * On narrow screens the grade bar (or the reveal button) stays at the bottom
 * of the viewport, so a long answer never hides it and a grade error shown
 * inside it is seen; from `sm` up it sits in the flow as before.
 */
export const stickyActions =
  "sticky bottom-0 z-10 -mx-4 space-y-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none dark:border-slate-800 dark:bg-slate-950/95 sm:dark:bg-transparent";

/** The grade error, next to the buttons it is about, with a retry. */
export function GradeErrorNotice({ message, retryLabel, onRetry, className }: { message: string; retryLabel: string; onRetry: () => void; className: string }) {
  return (
    <div role="alert" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-rose-300 bg-rose-50 p-3 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
      <p>{message}</p>
      <button type="button" onClick={onRetry} className={className}>
        {retryLabel}
      </button>
    </div>
  );
}
