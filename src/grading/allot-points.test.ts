import { allotPoints } from "./allot-points";
import { sumPoints } from "../report/points";

describe("allotPoints spreads an exercise's points over its tests", () => {
  test("the parts always add up to the points exactly, in hundredths", () => {
    expect(allotPoints(4, 3)).toEqual([1.34, 1.33, 1.33]);
    expect(allotPoints(2, 3)).toEqual([0.67, 0.67, 0.66]);
    expect(allotPoints(3, 3)).toEqual([1, 1, 1]);
    for (const [points, parts] of [[7, 6], [1, 7], [10, 3], [2.5, 4]] as const) {
      expect(sumPoints(allotPoints(points, parts))).toBe(points);
    }
  });

  test("no tests means no parts", () => {
    expect(allotPoints(4, 0)).toEqual([]);
  });
});
