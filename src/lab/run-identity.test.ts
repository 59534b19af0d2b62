import { HOST_VIEW_HELPER, isHostViewHelper, isLabOfThisProcess, nextLabId, realName, type RunIdentity } from "./run-identity";

describe("run identity: engine names", () => {
  const run = { runId: "r1abc" } as RunIdentity;
  const other = { runId: "r2xyz" } as RunIdentity;

  test("a Lab's host-view helper is told apart from the learner's containers, and from other runs'", () => {
    expect(isHostViewHelper(run, realName(run, "k9x1", HOST_VIEW_HELPER))).toBe(true);
    expect(isHostViewHelper(run, realName(run, "k9x1", "c1"))).toBe(false);
    // A learner's own container whose name ends the same way is not the helper.
    expect(isHostViewHelper(run, realName(run, "k9x1", `my-${HOST_VIEW_HELPER}`))).toBe(false);
    expect(isHostViewHelper(run, realName(other, "k9x1", HOST_VIEW_HELPER))).toBe(false);
  });
});

describe("run identity: Lab ids", () => {
  test("a Lab id names the process that gave it out, so that workers of one run tell theirs apart", () => {
    const [a, b] = [nextLabId(), nextLabId()];
    expect(a).not.toBe(b);
    expect([isLabOfThisProcess(a), isLabOfThisProcess(b)]).toEqual([true, true]);
    // Another worker's: the same form with another pid.
    expect(isLabOfThisProcess(`${(process.pid + 1).toString(36)}x1`)).toBe(false);
  });
});
