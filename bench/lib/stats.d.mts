export function median(values: number[]): number;
export function round(value: number, digits?: number): number;
