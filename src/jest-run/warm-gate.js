// A warm jest run can be handed its test file before the learner saves: it then starts at once and
// does everything that does not depend on the learner's code (jest's config and file map, the global
// setup: engine check, reaping, lab image; the file's environment and netlab's modules) and waits
// here, in the file's last setup file, until the save opens the gate. The save then pays only for the
// test file and the learner's code. Held by jest-process.js (which receives "go" over IPC), passed by
// wait-for-save.js through the environment (environment.js): the gate lives in the jest process's
// realm, a global symbol names it there.
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

/** Waits for the gate when one is held, else returns at once (the file's last setup step, wait-for-save.js). */
exports.passWarmGate = async () => {
  const gate = globalThis[GATE];
  if (gate) await gate;
  delete globalThis[GATE];
};
