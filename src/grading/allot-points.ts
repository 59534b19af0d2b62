/**
 * Splits an exercise's points over its tests in hundredths, so that the parts always add up to the
 * points exactly (4 points over 3 tests: 1.34, 1.33, 1.33). Earlier tests take the spare hundredths.
 */
export function allotPoints(points: number, parts: number): number[] {
  if (parts <= 0) return [];
  const cents = Math.round(points * 100);
  const base = Math.floor(cents / parts);
  const spare = cents - base * parts;
  return Array.from({ length: parts }, (_, i) => (base + (i < spare ? 1 : 0)) / 100);
}

/** A score for people and CSV: at most two decimals, no trailing zeros (3, 1.5, 1.33). */
export function formatPoints(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** Adds scores without binary-fraction drift (0.1 + 0.2 stays 0.3). */
export function sumPoints(values: number[]): number {
  return values.reduce((sum, v) => sum + Math.round(v * 100), 0) / 100;
}
