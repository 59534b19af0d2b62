// The last of the course files' setupFilesAfterEnv. A warm run handed its test file ahead (a gated
// run, warm-gate.js) has by now done all that does not depend on the learner's code: jest's start,
// the global setup, the file's environment and netlab's own modules (setup-matchers.ts loads the
// framework into the file's registry, about 0.2 s). It waits here for the save; after it come only
// the test file and the learner's code, read fresh. Any other run passes at once. jest awaits a
// setup file that exports a function. Plain JS, no transform: nothing here to compile.
const { SHARED_MODULES } = require("./shared-modules");

module.exports = async () => {
  const shared = globalThis[SHARED_MODULES];
  if (shared && shared.passWarmGate) await shared.passWarmGate();
};
