import { sampleGrade } from "../grading/test-support/sample-grade";
import { csvCell, toGradebookCsv } from "./gradebook-csv";

describe("gradebook.csv", () => {
  test("a header of exercise ids, then one row per submission with total and max", () => {
    const bob = { ...sampleGrade(), name: "bob, jr", graded: false, error: "x" };
    const csv = toGradebookCsv(["ch3-link", "ch3-user-network"], [sampleGrade(), bob]);
    expect(csv).toBe('submission,ch3-link,ch3-user-network,total,max\nalice,2.67,0,2.67,6\n"bob, jr",,,,6\n');
  });

  test("cells are quoted when needed and never start a spreadsheet formula", () => {
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell("plain")).toBe("plain");
  });
});
