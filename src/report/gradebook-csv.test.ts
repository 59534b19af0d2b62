import { sampleGrade } from "./test-support/sample-grade";
import { csvCell, mergeGradebook, parseCsv, toGradebookCsv } from "./gradebook-csv";

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

  test("reads back what it writes: quotes, doubled quotes, commas, the formula guard", () => {
    const csv = toGradebookCsv(["ch3-link"], [{ ...sampleGrade(), name: 'say "hi", =now' }, { ...sampleGrade(), name: "=SUM(1)" }]);
    expect(parseCsv(csv)).toEqual([
      ["submission", "ch3-link", "total", "max"],
      ['say "hi", =now', "2.67", "2.67", "6"],
      ["'=SUM(1)", "2.67", "2.67", "6"],
    ]);
  });

  test("grading some again into the same folder keeps every other row where it was", () => {
    const ids = ["ch3-link", "ch3-user-network"];
    const earlier = toGradebookCsv(ids, [
      { ...sampleGrade(), name: "alice" },
      { ...sampleGrade(), name: "bob, jr", graded: false, error: "engine stuck" },
      { ...sampleGrade(), name: "=carol" },
    ]);
    const regraded = { ...sampleGrade(), name: "bob, jr", score: 6, exercises: sampleGrade().exercises.map((e) => ({ ...e, score: e.maxScore })) };
    const { csv, kept } = mergeGradebook(earlier, ids, [regraded, { ...sampleGrade(), name: "dave" }]);
    expect(kept).toEqual(["alice", "=carol"]);
    const rows = parseCsv(csv);
    expect(rows.map((r) => r[0])).toEqual(["submission", "alice", "bob, jr", "'=carol", "dave"]);
    expect(rows[2]?.slice(-2)).toEqual(["6", "6"]);
    expect(parseCsv(earlier)[1]).toEqual(rows[1]);
  });
});
