import { koUndoReview } from "./ko-undo-review";

/** Strings of the abuse limits (imports, bodies, undo, stored data). Spread into `ko`. */
export const koSecurity = {
  importGuard: {
    inProgress: "이미 가져오기가 진행 중입니다. 끝난 뒤 다시 시도해 주세요.",
    rateLimited: "가져오기를 너무 자주 했습니다. 잠시 후 다시 시도해 주세요.",
    busy: "가져오기 요청이 몰려 있습니다. 잠시 후 다시 시도해 주세요.",
    tooLarge: (limit: string) => `가져오기 전체 크기가 ${limit}를 넘습니다.`,
  },
  undoReview: koUndoReview,
  limits: {
    restoreTooLarge: (limit: string) => `복원할 파일이 ${limit}를 넘습니다.`,
    restoreTooSlow: (seconds: number) => `복원할 파일을 ${seconds}초 안에 읽지 못해 복원을 멈췄습니다. 아무것도 바뀌지 않았습니다.`,
    badPath: "주소가 올바르지 않습니다.",
    badActionBody: "요청 본문을 읽을 수 없습니다. 페이지를 새로 고친 뒤 다시 시도해 주세요.",
    unknownApi: "없는 API 주소입니다.",
  },
} as const;
