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
