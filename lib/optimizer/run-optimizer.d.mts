export interface Metrics {
  logLoss: number;
  rmseBins: number;
}
export interface OptimizeOutcome {
  /** Weights to apply (trained on everything when `all` was given). */
  w: number[];
  /** Weights trained on `train` only (the ones evaluated). */
  trained: number[];
  trainMs: number;
  before: Metrics;
  after: Metrics;
}
export function toBindingItems(items: Array<Array<[number, number]>>): unknown[];
export function optimizeAndEvaluate(input: {
  train: Array<Array<[number, number]>>;
  test: Array<Array<[number, number]>>;
  all?: Array<Array<[number, number]>>;
  defaults: readonly number[];
  onProgress?: (share: number) => void;
}): Promise<OptimizeOutcome>;
