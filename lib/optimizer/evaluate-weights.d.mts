export interface ItemPrediction {
  p: number;
  y: 0 | 1;
  delta: number;
  reviews: number;
  lapses: number;
}
export function predictItems(w: readonly number[], items: Array<Array<[number, number]>>): ItemPrediction[];
export function evaluateWeights(w: readonly number[], items: Array<Array<[number, number]>>): { logLoss: number; rmseBins: number };
