import { koSuggestedBadge } from "./ko-suggested-badge";

/**
 * The answer analysis' strings. Only the analysis panel and the grade bar show
 * them, and both load after the first card (next/dynamic), so they are not part
 * of the study session's first-load strings (lib/i18n/client.ts; bench/README.md,
 * page weight).
 */
export const koAttemptsAnalysis = {
  heading: "답변 분석",
  coverage: (covered: number, total: number, pct: number) => `핵심 ${covered}/${total}개 (${pct}%)`,
  coverageLabel: "핵심 커버리지",
  transcript: "내 답변",
  covered: "말한 핵심",
  missed: "빠진 핵심",
  noneMissed: "빠진 핵심이 없습니다.",
  pace: (spm: number) => `말하기 속도 분당 ${spm}음절`,
  paceVsMedian: (median: number) => `(평소 ${median})`,
  typedPace: "입력한 답변(속도 측정 없음)",
  fillers: (n: number, perMinute: number) => `군말 ${n}회(분당 ${perMinute})`,
  fillerWords: (list: string) => `: ${list}`,
  length: (sec: number, target: number) => (target > 0 ? `길이 ${sec}초 / 목표 ${target}초` : `길이 ${sec}초`),
  repeated: (list: string) => `자주 쓴 말: ${list}`,
  suggested: (grade: string) => `추천 채점: ${grade}. 직접 골라 확정하세요.`,
  suggestedBadge: koSuggestedBadge,
  transcriptNotSaved: "답변 텍스트는 저장하지 않았습니다(설정 › 답변 기록 저장).",
} as const;
