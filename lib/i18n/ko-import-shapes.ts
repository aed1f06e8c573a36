import { koNoModelAnswer } from "./ko-no-model-answer";

/** Strings for what the parser found in a note: unanswered questions, skipped sections, practice prompts. */
export const koImportShapes = {
  kindSummary: "종류별 카드",
  kindCount: (kind: string, n: number) => `${kind} ${n}장`,
  unansweredHeading: (n: number) => `답이 없는 질문 ${n}개`,
  unansweredHint: "노트에 답이 적혀 있지 않아 카드로 만들지 않았습니다.",
  unansweredAdded: "연습 질문으로 추가됩니다 (모범 답안 없음).",
  unansweredFollows: (topic: string) => `꼬리 질문 · ${topic}`,
  skippedHeading: (n: number) => `건너뛴 부분 ${n}개`,
  skippedHint: "질문이 아닌 목차·규칙·기여자 목록 같은 부분입니다.",
  practiceSwitch: "답이 없는 질문도 연습 질문으로 추가",
  practiceSwitchHint: (n: number) => `모범 답안 없이 직접 답해 보는 카드 ${n}장이 늘어납니다.`,
  mergeSwitch: "하위 제목을 주제 카드의 답으로 합치기",
  mergeSwitchHint: (n: number) => `"### 종류", "### 장점"처럼 더 나뉘지 않는 하위 제목 ${n}개가 지금은 각각 카드입니다. 켜면 바로 위 주제 카드의 모범 답안에 들어갑니다.`,
  mergeSwitchOnHint: "더 나뉘지 않는 하위 제목을 바로 위 주제 카드의 모범 답안에 넣었습니다. 끄면 제목마다 카드로 나눕니다.",
  noModelAnswer: koNoModelAnswer,
} as const;
