process.env.NETLAB_LANG = "en";

import { sampleGrade } from "./test-support/sample-grade";
import { toResults, validateResults } from "./results-json";

describe("results.json in Gradescope's format", () => {
  test("one entry per test, numbered exercise.test, hidden tests with the chosen visibility", () => {
    const results = toResults(sampleGrade(), { hiddenVisibility: "after_due_date" });
    expect(validateResults(results)).toEqual([]);
    expect(results).toMatchObject({ score: 2.67, max_score: 6, execution_time: 12, visibility: "visible" });
    expect(results.tests.map((x) => [x.number, x.status, x.score, x.max_score, x.visibility])).toEqual([
      ["1.1", "passed", 1.34, 1.34, "visible"],
      ["1.2", "passed", 1.33, 1.33, "visible"],
      ["1.3", "failed", 0, 1.33, "after_due_date"],
      ["2.1", "failed", 0, 1, "visible"],
      ["2.2", "failed", 0, 1, "visible"],
    ]);
    expect(results.tests[0]?.name).toBe("ch3-link: describe › c2 reaches c1 by name");
    expect(results.tests[2]?.output).toMatch(/Expected: c1 does not resolve/);
    expect(results.output).toMatch(/2.67 \/ 6 points; 2 of 5 checks pass/);
  });

  test("a submission the grader could not grade says so, with no tests", () => {
    const results = toResults({ ...sampleGrade(), graded: false, error: "jest could not start" }, { hiddenVisibility: "hidden" });
    expect(validateResults(results)).toEqual([]);
    expect(results.tests).toEqual([]);
    expect(results.output).toMatch(/Could not grade alice[\s\S]*jest could not start/);
  });

  test("the validator names each way a results.json can be wrong", () => {
    expect(validateResults(null)).toEqual(["results.json must hold an object"]);
    const bad = {
      score: 5,
      max_score: 4,
      execution_time: -1,
      output: 3,
      visibility: "sometimes",
      tests: [
        { name: "", number: "1", score: 2, max_score: 1, status: "ok", output: "", visibility: "visible" },
        { name: "b", number: "1", score: 0, max_score: 1, status: "passed", output: "", visibility: "nope" },
      ],
    };
    expect(validateResults(bad)).toEqual([
      "execution_time must be a number of seconds >= 0",
      "output must be a string",
      "visibility must be one of visible, hidden, after_due_date, after_published",
      "tests[0].name must be a non-empty string",
      "tests[0]: score and max_score must be numbers with 0 <= score <= max_score",
      'tests[0].status must be "passed" or "failed"',
      "tests[1].number must be a string, unique",
      "tests[1]: a passed test scores its max_score",
      "tests[1].visibility must be one of visible, hidden, after_due_date, after_published",
      "score 5 is not the sum of the tests' scores (2)",
      "max_score 4 is not the sum of the tests' max_score (2)",
    ]);
  });
});
