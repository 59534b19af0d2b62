import { sampleGrade } from "./test-support/sample-grade";
import { progressLine } from "./progress-line";
import { summaryTable } from "./summary-table";

describe("the terminal summary and progress", () => {
  test("a row per submission, a column per exercise", () => {
    const bob = { ...sampleGrade(), name: "bob", graded: false };
    expect(summaryTable(["ch3-link", "ch3-user-network"], [sampleGrade(), bob])).toMatchSnapshot();
  });

  test("many exercises: numbered columns with a legend", () => {
    const ids = Array.from({ length: 12 }, (_, i) => `ch${i}-some-long-exercise`);
    const table = summaryTable(ids, [sampleGrade()]);
    expect(table).toContain("#12");
    expect(table).toContain("#12 ch11-some-long-exercise");
  });

  test("a progress bar with the submission that just finished", () => {
    expect(progressLine(0, 4)).toBe("[------------------------] 0/4");
    expect(progressLine(1, 4, sampleGrade())).toBe("[######------------------] 1/4  alice: 2.67/6 (12.3s)");
  });
});
