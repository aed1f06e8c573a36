/** The end-of-session summary: loaded with it (next/dynamic), not with the first card (lib/i18n/client.ts). */
export const koStudySummary = {
  title: "지금 볼 카드를 모두 마쳤습니다",
  body: "이번 세션 결과입니다. 다음 복습은 잊기 직전에 다시 알려 드립니다.",
  emptyTitle: "지금 복습할 카드가 없습니다",
  emptyBody: "새 카드는 하루 한도까지 나옵니다. 미리 학습하거나 나중에 다시 와 주세요.",
  reviewed: "복습한 카드",
  totalTime: "답변에 쓴 시간",
  byRating: "채점별",
  toToday: "오늘 화면으로",
  toLibrary: "덱 라이브러리",
  studyAhead: "미리 학습하기",
} as const;
