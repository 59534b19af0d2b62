// The assertions below read the English texts.
process.env.NETLAB_LANG = "en";

import type { FileResult } from "../jest-run/events";
import { scoreSubmission, type ScoreInput } from "./score";
import { testKey, type TestPlan } from "./test-plan";
import type { PlannedTest } from "../report/grade-types";
import { sampleExercise } from "../report/test-support/sample-grade";
import { profileFromFacts, type EngineNeed } from "../runtime/engine-profile";

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
  needs: [],
});
const plan: TestPlan = {
  exercises: [link, net],
  tests: [planned("ch3-link", "a"), planned("ch3-link", "b"), planned("ch3-link", "c"), planned("ch3-user-network", "x"), planned("ch3-user-network", "y")],
  files: [],
};
const report = (exercise: string, statuses: Record<string, string>): FileResult => ({
  file: file(exercise),
  tests: Object.entries(statuses).map(([title, status]) => ({ ancestorTitles: [`${exercise}: d`], title, status, failures: status === "failed" ? [{ text: `\u001b[31mExpected: ${title}\u001b[39m\n    at Object.<anonymous> (/root/test/x.test.ts:1:1)`, frames: [] }] : [], durationMs: 5 })),
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

  // The grader's engine: Podman, where --link is refused and bridge networks are not isolated.
  const podman = profileFromFacts({ version: { Version: "4.3.1", ApiVersion: "1.41", Components: [{ Name: "Podman Engine", Version: "4.3.1" }] }, info: { OSType: "linux" }, endpoint: "/run/podman/podman.sock", platform: "linux" });
  const needing = (needs: EngineNeed[], ...keys: string[]): TestPlan => ({ ...plan, tests: plan.tests.map((p) => (keys.includes(p.title) ? { ...p, needs } : p)) });

  test("a check this engine cannot show does not count: its share goes to the others, its reason is said", () => {
    const reports = new Map([[file("ch3-link"), report("ch3-link", { a: "passed", b: "pending", c: "passed" })]]);
    const [l] = scoreSubmission(input({ reports, plan: needing(["legacyLinks"], "b"), profile: podman }));
    expect(l?.tests.map((g) => [g.status, g.maxScore])).toEqual([["passed", 2], ["skipped", 0], ["passed", 2]]);
    expect(l?.score).toBe(4);
    expect(l?.tests[1]?.message).toMatch(/legacy --link/);
  });

  test("the grader's engine decides what is n/a: a forged pass or skip of such a check changes nothing", () => {
    const reports = new Map([[file("ch3-link"), report("ch3-link", { a: "passed", b: "passed", c: "pending" })]]);
    const [l] = scoreSubmission(input({ reports, plan: needing(["legacyLinks"], "b"), profile: podman }));
    // b passed but is n/a here: not counted; c was skipped though the engine can show it: failed.
    expect(l?.tests.map((g) => g.status)).toEqual(["passed", "skipped", "failed"]);
    expect(l?.tests[2]?.message).toMatch(/did not run/);
  });

  test("an exercise with nothing this engine can show is out of the maximum, never full marks", () => {
    const reports = new Map([[file("ch3-user-network"), report("ch3-user-network", { x: "pending", y: "pending" })]]);
    const [, n] = scoreSubmission(input({ reports, plan: needing(["networkIsolation"], "x", "y"), profile: podman }));
    expect([n?.score, n?.maxScore]).toEqual([0, 0]);
    expect(n?.tests.map((g) => g.status)).toEqual(["skipped", "skipped"]);
  });

  test("a skip that no engine need explains is a check that did not run: failed", () => {
    const reports = new Map([[file("ch3-user-network"), report("ch3-user-network", { x: "skipped", y: "pending" })]]);
    const [, n] = scoreSubmission(input({ reports }));
    expect(n?.score).toBe(0);
    expect(n?.tests.map((g) => g.status)).toEqual(["failed", "failed"]);
  });
});
