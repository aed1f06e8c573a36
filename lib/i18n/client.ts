import { koNoModelAnswer } from "./ko-no-model-answer";
import { koUndoReview } from "./ko-undo-review";
import { koAttemptsSession, koKinds, koPolishSession, koStudySession } from "./ko-study";
import type { Messages } from "./ko";

/**
 * The strings the study session's client components show. A client component
 * that imports `t` from `@/lib/i18n` ships every page's strings with it (about
 * 11 KiB gzipped on /study); this is the same text, only the parts the session
 * needs.
 */
export const t = {
  study: koStudySession,
  kinds: koKinds,
  attempts: koAttemptsSession,
  polish: koPolishSession,
  importShapes: { noModelAnswer: koNoModelAnswer },
  undoReview: koUndoReview,
} satisfies Pick<Messages, "kinds" | "undoReview"> & {
  study: Omit<Messages["study"], "summary">;
  importShapes: Pick<Messages["importShapes"], "noModelAnswer">;
  attempts: Partial<Messages["attempts"]>;
  polish: Partial<Messages["polish"]>;
};
