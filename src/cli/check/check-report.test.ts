import type { FileResult, TestResult } from "../../jest-run/events";
import { cleanFailure } from "../../jest-run/failure-text";
import { failureLines, groupFailures, isPass, tally } from "./check-report";

const result = (title: string, status: string, failureMessages: string[] = []): TestResult => ({
  ancestorTitles: ["ch3-link"],
  title,
  status,
  failures: failureMessages.map((text) => ({ text, frames: [] })),
  durationMs: 1,
});
const file = (tests: TestResult[], execError?: string): FileResult => ({ file: "/p/test/ch3/link.test.ts", tests, execError });

describe("what a check's failures look like to the learner", () => {
  test("no colours, no stack frames, no 'Error: ' prefix; the teaching lines stay", () => {
    const raw =
      "Error: \u001b[2mexpect(\u001b[22mc2\u001b[2m).toReach(\u001b[22m\"c1\"\u001b[2m)\u001b[22m\n\nExpected: c2 reaches c1\nReceived: \"c1\" does not resolve inside c2\n" +
      "    at Object.<anonymous> (/p/test/ch3/link.test.ts:9:5)\n    at new Promise (<anonymous>)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)";
    expect(cleanFailure(raw)).toBe('expect(c2).toReach("c1")\n\nExpected: c2 reaches c1\nReceived: "c1" does not resolve inside c2');
  });

  test("tests that failed the same way are one group (an untouched stub: one message for all)", () => {
    const report = file([result("a", "failed", ["not yet done: x"]), result("b", "failed", ["not yet done: x"]), result("c", "passed"), result("d", "failed", ["Error: other"])]);
    expect(groupFailures(report)).toEqual([
      { message: "not yet done: x", tests: ["a", "b"] },
      { message: "other", tests: ["d"] },
    ]);
    expect(failureLines(groupFailures(report))).toEqual(["", "  ● a", "  ● b", "", "    not yet done: x", "", "  ● d", "", "    other"]);
  });

  test("done means: something passed, nothing failed, the file ran; skipped checks do not count against it", () => {
    expect(isPass(tally(file([result("a", "passed"), result("b", "skipped")])))).toBe(true);
    expect(isPass(tally(file([result("a", "passed"), result("b", "failed")])))).toBe(false);
    expect(isPass(tally(file([])))).toBe(false);
    expect(isPass(tally(file([result("a", "passed")], "SyntaxError")))).toBe(false);
    expect(tally(file([result("a", "passed"), result("b", "pending"), result("c", "failed")]))).toEqual({ passed: 1, failed: 1, skipped: 1, suiteFailed: false });
  });
});
