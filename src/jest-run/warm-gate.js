// A warm jest run can be handed its test file before the learner saves: it then starts at once and
// does everything that does not depend on the learner's code (jest's config and file map, the global
// setup: engine check, reaping, lab image) and waits here, at the end of the global setup, until the
// save opens the gate. The save then pays only for the test file itself. Held by jest-process.js
// (which receives "go" over IPC), passed by the global setup (test/support/global-setup.ts): both
// run in jest's own process and realm, so a global symbol joins them.
const GATE = Symbol.for("netlab.warmGate");

/** jest-process.js: holds the run at the gate; returns what opens it. */
exports.holdAtGate = () => {
  let open = () => undefined;
  const gate = new Promise((resolve) => (open = resolve));
  gate.opened = false;
  globalThis[GATE] = gate;
  return () => {
    gate.opened = true;
    open();
  };
};

/** Whether the run waits at a gate not yet opened: the save has not come (yet). */
exports.heldAtGate = () => globalThis[GATE] !== undefined && !globalThis[GATE].opened;

/** The global setup's last step: waits for the gate when one is held, else returns at once. */
exports.passWarmGate = async () => {
  const gate = globalThis[GATE];
  if (gate) await gate;
  delete globalThis[GATE];
};
