export { analyzeAttempt, suggestRating, TARGET_SYLLABLES_PER_MINUTE, type AnalyzeAttemptInput, type AttemptAnalysis, type SuggestedRating } from "./analyze-attempt";
export { explicitKeyPoints, extractKeyPoints, type AnalysisCard, type KeyPoint } from "./key-points";
export { matchKeyPoints, type KeyPointResult } from "./match-key-points";
export { DEFAULT_FILLERS } from "./speech-metrics";
