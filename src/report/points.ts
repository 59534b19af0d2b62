/** A score for people and CSV: at most two decimals, no trailing zeros (3, 1.5, 1.33). */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Adds scores without binary-fraction drift (0.1 + 0.2 stays 0.3). */
export function sumPoints(values: number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}
