import { registerLabMatchers } from "../../src/testing";

registerLabMatchers();
// A backstop, not a budget: probes are bounded to seconds and learner code to 30 s, but a test on a
// 2-core machine shared with other runs can take many times its usual wall time.
jest.setTimeout(120_000);
