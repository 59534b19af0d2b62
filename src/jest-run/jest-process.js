// The one process every netlab jest run is: `node jest-process.js <jest args>` runs jest at once,
// as the `jest` command would (jest-cli's own run: the same arguments, output and exit code).
// `node jest-process.js --warm` runs jest later: it loads jest, ts-jest, TypeScript and
// testcontainers, says "ready" over the IPC channel and waits for {type: "run", args}, so that
// `netlab run` and `netlab watch` start a check from a process that is already warm ({gated: true}:
// the run starts at once and waits, its test file's setup done, for {type: "go"}). One run per
// process: every check starts fresh, as `npx jest` would. Started by start-jest.ts.
// Plain JS: it runs outside tsx, so that only jest's own transform (ts-jest) touches TypeScript.
const path = require("node:path");
const { heldAtGate, holdAtGate } = require("./warm-gate");

const root = process.cwd();
const send = (message) => process.send && process.send(message);
const errorText = (err) => (err && err.message ? err.message : String(err));

function load(id) {
  const jestDir = path.dirname(require.resolve("jest/package.json", { paths: [root] }));
  return require(require.resolve(id, { paths: [root, jestDir] }));
}

// As jest's own bin does.
if (process.env.NODE_ENV == null) process.env.NODE_ENV = "test";

if (process.argv[2] !== "--warm") {
  load("jest-cli").run(process.argv.slice(2), undefined);
} else {
  let jest;
  try {
    jest = load("jest-cli");
    // What every check needs anyway: loaded now, before the learner saves, not after.
    for (const id of ["typescript", "ts-jest", "testcontainers"]) load(id);
  } catch (err) {
    send({ type: "error", message: errorText(err) });
    process.exit(1);
  }

  let openGate;
  process.on("message", async (message) => {
    // {type: "go"}: the learner saved; a run held at the gate (see warm-gate.js) goes on.
    if (message && message.type === "go") return openGate && openGate();
    // One run per process: a second "run" is not one.
    if (jest === undefined) return;
    if (!message || message.type !== "run") process.exit(0);
    const run = jest;
    jest = undefined;
    if (message.gated) openGate = holdAtGate();
    try {
      await run.run(message.args, undefined);
    } catch (err) {
      send({ type: "error", message: errorText(err) });
    }
    // Leave no handle (engine sockets, timers) to keep the process up: the run is over.
    setTimeout(() => process.exit(0), 50);
  });

  process.once("disconnect", () => {
    // The parent went away (killed, closed the channel) before asking for a run: nothing to clean up.
    if (!process.env.NETLAB_RUN_ID) process.exit(0);
    // It went away while the run waited at the gate: no check will come. The run's own SIGTERM
    // handler (lab-run.ts) removes what its global setup made and ends the process.
    if (heldAtGate()) process.kill(process.pid, "SIGTERM");
  });

  send({ type: "ready" });
}
