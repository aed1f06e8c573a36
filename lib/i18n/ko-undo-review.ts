/** The study session's undo message: a module of its own, so /study ships it without the other limits' strings (lib/i18n/client.ts). */
export const koUndoReview = {
  nothingInSession: "이번 학습에서 되돌릴 채점이 없습니다.",
} as const;
