import { formatPoints, sumPoints } from "./points";

describe("points", () => {
  test("scores print with at most two decimals and no trailing zeros", () => {
    expect(formatPoints(3)).toBe("3");
    expect(formatPoints(1.5)).toBe("1.5");
    expect(formatPoints(0.1 + 0.2)).toBe("0.3");
    expect(sumPoints([0.1, 0.2])).toBe(0.3);
  });
});
