import { HOST_VIEW_HELPER, isHostViewHelper, realName, type RunIdentity } from "./run-identity";

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
