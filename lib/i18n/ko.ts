/**
 * Every user-facing string of the app, in Korean. Another language is a second
 * object of the same shape (see `Messages`).
 */
export const ko = {
  app: {
    name: "Rehearse",
    tagline: "면접 답변을 소리 내어 연습하고, 잊기 직전에 다시 만나세요.",
    skipToContent: "본문으로 건너뛰기",
  },
  nav: {
    main: "주요 메뉴",
    home: "홈",
    decks: "덱",
  },
  kinds: {
    script: "스크립트",
    steps: "단계",
    qa: "질문",
    followup: "꼬리 질문",
  },
  home: {
    title: "덱 라이브러리",
    intro: "기본 제공 덱으로 바로 연습을 시작할 수 있습니다.",
    builtIn: "기본 덱",
    cardCount: (n: number) => `카드 ${n}장`,
    empty: "아직 덱이 없습니다.",
  },
  deck: {
    back: "← 덱 목록",
    cards: "카드",
    tips: "리뷰어 팁",
    steps: "단계",
    followups: "꼬리 질문",
    sources: "출처",
    lines: (a: number, b: number) => `${a}–${b}행`,
    kindCounts: "종류별 카드 수",
  },
  errors: {
    notFoundTitle: "페이지를 찾을 수 없습니다",
    notFoundBody: "주소가 잘못되었거나, 볼 수 없는 항목입니다.",
    unexpectedTitle: "문제가 발생했습니다",
    unexpectedBody: "잠시 후 다시 시도해 주세요. 문제가 계속되면 페이지를 새로 고쳐 주세요.",
    retry: "다시 시도",
    goHome: "홈으로",
  },
} as const;

export type Messages = typeof ko;
