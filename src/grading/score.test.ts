// The assertions below read the English texts.
process.env.NETLAB_LANG = "en";

import type { FileReport } from "./runner/jest-events";
import { scoreSubmission, type ScoreInput } from "./score";
import { testKey, type PlannedTest, type TestPlan } from "./test-plan";
import { sampleExercise } from "./test-support/sample-grade";

const link = sampleExercise("ch3-link", 4);
const net = sampleExercise("ch3-user-network", 2);
const file = (e: string) => `/root/test/${e}.test.ts`;
const planned = (exercise: string, title: string): PlannedTest => ({
  key: testKey(file(exercise), [`${exercise}: d`], title, 0),
  file: file(exercise),
  shownFile: `test/${exercise}.test.ts`,
  exercise,
  ancestorTitles: [`${exercise}: d`],
  title,
  hidden: false,
});
const plan: TestPlan = {
  exercises: [link, net],
  tests: [planned("ch3-link", "a"), planned("ch3-link", "b"), planned("ch3-link", "c"), planned("ch3-user-network", "x"), planned("ch3-user-network", "y")],
  files: [],
};
const report = (exercise: string, statuses: Record<string, string>): FileReport => ({
  file: file(exercise),
  tests: Object.entries(statuses).map(([title, status]) => ({ ancestorTitles: [`${exercise}: d`], title, status, failureMessages: status === "failed" ? [`\u001b[31mExpected: ${title}\u001b[39m\n    at Object.<anonymous> (/root/test/x.test.ts:1:1)`] : [], durationMs: 5 })),
});
const input = (over: Partial<ScoreInput>): ScoreInput => ({ plan, blocked: new Map(), reports: new Map(), faults: new Map(), timeoutSeconds: 60, clean: (s) => s.split("\u001b[31m").join("").split("\u001b[39m").join("").replace(/\n\s+at .*/g, ""), ...over });

describe("scoreSubmission: partial credit per test, faults cost only what they touch", () => {
  test("each passing test earns its share of the exercise's points", () => {
    const reports = new Map([
      [file("ch3-link"), report("ch3-link", { a: "passed", b: "failed", c: "passed" })],
      [file("ch3-user-network"), report("ch3-user-network", { x: "passed", y: "passed" })],
    ]);
    const [l, n] = scoreSubmission(input({ reports }));
    expect(l?.tests.map((g) => [g.status, g.maxScore, g.score])).toEqual([["passed", 1.34, 1.34], ["failed", 1.33, 0], ["passed", 1.33, 1.33]]);
    expect(l?.score).toBe(2.67);
    expect(l?.tests[1]?.message).toBe("Expected: b");
    expect(n?.score).toBe(2);
  });

  test("a blocked exercise scores 0 with its reason; the others are untouched", () => {
    const reports = new Map([[file("ch3-user-network"), report("ch3-user-network", { x: "passed", y: "passed" })]]);
    const [l, n] = scoreSubmission(input({ reports, blocked: new Map([["ch3-link", "imports the solution"]]) }));
    expect(l?.score).toBe(0);
    expect(l?.tests.every((g) => g.message === "imports the solution")).toBe(true);
    expect(n?.score).toBe(2);
  });

  test("a timed-out file, a crashed file and a missing result each fail only their own tests, with what happened", () => {
    const reports = new Map([[file("ch3-user-network"), { file: file("ch3-user-network"), execError: "SyntaxError: boom", tests: [] }]]);
    const [l, n] = scoreSubmission(input({ reports, faults: new Map([[file("ch3-link"), "timeout"]]) }));
    expect(l?.tests[0]?.message).toMatch(/did not finish within 60s and were stopped/);
    expect(n?.tests[0]?.message).toMatch(/could not run, because loading your code failed:\nSyntaxError: boom/);
    const [, ended] = scoreSubmission(input({ faults: new Map([[file("ch3-user-network"), "ended"]]) }));
    expect(ended?.tests[0]?.message).toMatch(/ended before it reported/);
    const [noResult] = scoreSubmission(input({ reports: new Map([[file("ch3-link"), report("ch3-link", { a: "passed" })]]) }));
    expect(noResult?.tests.map((g) => g.status)).toEqual(["passed", "failed", "failed"]);
    expect(noResult?.tests[1]?.message).toMatch(/did not report a result/);
  });

  test("a check skipped on this engine does not count: its share goes to the others", () => {
    const reports = new Map([[file("ch3-link"), report("ch3-link", { a: "passed", b: "pending", c: "passed" })]]);
    const [l] = scoreSubmission(input({ reports }));
    expect(l?.tests.map((g) => [g.status, g.maxScore])).toEqual([["passed", 2], ["skipped", 0], ["passed", 2]]);
    expect(l?.score).toBe(4);
  });

  test("when every check of an exercise is skipped, nothing is given for it", () => {
    const reports = new Map([[file("ch3-user-network"), report("ch3-user-network", { x: "skipped", y: "pending" })]]);
    const [, n] = scoreSubmission(input({ reports }));
    expect(n?.score).toBe(0);
    expect(n?.tests.map((g) => g.status)).toEqual(["failed", "failed"]);
  });
});
