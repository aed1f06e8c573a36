/** Log loss and RMSE(bins) of one set of weights on the held-out reviews. */
export interface FitMetrics {
  logLoss: number;
  rmseBins: number;
}

/** What an optimisation found, as stored on the job and the parameter set. */
export interface OptimizeResult {
  parameterSetId: string;
  /** Grades in the user's log when the job ran. */
  reviews: number;
  /** Reviews the optimiser trained on (first part by time) and was tested on (the later rest). */
  trainItems: number;
  testItems: number;
  /** The defaults and the new weights, scored on the later reviews. */
  before: FitMetrics;
  after: FitMetrics;
  /** The new weights predict the later reviews better (lower log loss). */
  better: boolean;
}

/** True when `after` beats `before` on log loss (the quantity the optimiser minimises). */
export function isBetter(before: FitMetrics, after: FitMetrics): boolean {
  return Number.isFinite(after.logLoss) && after.logLoss < before.logLoss;
}

/**
 * A plain-Korean sentence of what the metrics mean: how much better (or not)
 * the user's own weights predict whether they will remember.
 */
export function describeImprovement(before: FitMetrics, after: FitMetrics): string {
  if (!isBetter(before, after)) {
    return "내 기록으로 만든 값이 기본값보다 기억을 더 잘 예측하지 못했습니다. 기본값을 그대로 쓰는 편이 낫습니다.";
  }
  const lossGain = Math.round((1 - after.logLoss / before.logLoss) * 100);
  const before1 = Math.round(before.rmseBins * 1000) / 10;
  const after1 = Math.round(after.rmseBins * 1000) / 10;
  return `새 값은 처음 보는 최근 복습에서 기억할지 말지를 기본값보다 ${lossGain >= 1 ? `${lossGain}%` : "조금"} 더 정확히 예측했습니다(오차 ${before1}%p → ${after1}%p). 적용하면 복습 간격이 내 기억에 더 잘 맞춰집니다.`;
}
