import type { JestReport, JestTest } from "./jest-report";
import { cleanFailure, failureLines, groupFailures, isPass, tally } from "./check-report";

const result = (title: string, status: string, failureMessages: string[] = []): JestTest => ({
  file: "/p/test/ch3/link.test.ts",
  fullName: `ch3-link ${title}`,
  ancestorTitles: ["ch3-link"],
  title,
  status,
  failureMessages,
  durationMs: 1,
});

describe("what a check's failures look like to the learner", () => {
  test("no colours, no stack frames, no 'Error: ' prefix; the teaching lines stay", () => {
    const raw =
      "Error: \u001b[2mexpect(\u001b[22mc2\u001b[2m).toReach(\u001b[22m\"c1\"\u001b[2m)\u001b[22m\n\nExpected: c2 reaches c1\nReceived: \"c1\" does not resolve inside c2\n" +
      "    at Object.<anonymous> (/p/test/ch3/link.test.ts:9:5)\n    at new Promise (<anonymous>)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5)";
    expect(cleanFailure(raw)).toBe('expect(c2).toReach("c1")\n\nExpected: c2 reaches c1\nReceived: "c1" does not resolve inside c2');
  });

  test("tests that failed the same way are one group (an untouched stub: one message for all)", () => {
    const report: JestReport = {
      tests: [result("a", "failed", ["not yet done: x"]), result("b", "failed", ["not yet done: x"]), result("c", "passed"), result("d", "failed", ["Error: other"])],
      suiteErrors: [],
    };
    expect(groupFailures(report)).toEqual([
      { message: "not yet done: x", tests: ["a", "b"] },
      { message: "other", tests: ["d"] },
    ]);
    expect(failureLines(groupFailures(report), [])).toEqual(["", "  ● a", "  ● b", "", "    not yet done: x", "", "  ● d", "", "    other"]);
  });

  test("done means: something passed, nothing failed, the file ran; skipped checks do not count against it", () => {
    const report = (tests: JestTest[], suiteErrors: JestReport["suiteErrors"] = []): JestReport => ({ tests, suiteErrors });
    expect(isPass(tally(report([result("a", "passed"), result("b", "skipped")])))).toBe(true);
    expect(isPass(tally(report([result("a", "passed"), result("b", "failed")])))).toBe(false);
    expect(isPass(tally(report([])))).toBe(false);
    expect(isPass(tally(report([result("a", "passed")], [{ file: "x", message: "SyntaxError" }])))).toBe(false);
    expect(tally(report([result("a", "passed"), result("b", "pending"), result("c", "failed")]))).toEqual({ passed: 1, failed: 1, skipped: 1, suiteFailed: false });
  });
});
