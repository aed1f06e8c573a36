import { koAttemptsAnalysis } from "./ko-attempts-analysis";
import { koAttemptsSession } from "./ko-study";

/** Strings of "Hear the answer": transcription, typed answers, the analysis and attempt history. */
export const koAttempts = {
  settings: {
    saveTranscripts: "답변 기록 저장",
    saveTranscriptsHelp:
      "켜면 말하거나 입력한 답변의 텍스트를 서버에 저장해 카드 화면에서 다시 볼 수 있습니다. 꺼 두면 커버리지·속도 같은 수치만 저장합니다. 녹음 파일은 어느 쪽이든 브라우저 밖으로 나가지 않습니다.",
  },
  ...koAttemptsSession,
  analysis: koAttemptsAnalysis,
  history: {
    heading: "답변 기록",
    empty: "아직 분석한 답변이 없습니다. 학습 화면에서 말하거나 입력해 답하면 여기에 쌓입니다.",
    when: "날짜",
    source: "방식",
    coverage: "커버리지",
    pace: "속도(음절/분)",
    fillers: "군말",
    length: "길이",
    speech: "말하기",
    typed: "입력",
    transcript: "답변 텍스트",
    trend: (first: number, last: number) => `첫 답변 ${first}% → 최근 ${last}%`,
    loadFailed: "답변 기록을 불러오지 못했습니다.",
  },
} as const;
