// A jest process started ahead of time: it loads node, jest, TypeScript and testcontainers, says
// "ready", and waits. When `netlab run` or `netlab watch` sends {type: "run", testFile}, it runs that
// one course test file in-band and reports through the IPC channel (see ipc-reporter.js), then exits.
// One runner per check: every check starts from a fresh process, as `npx jest` would.
// Plain JS: it runs outside tsx, so that only jest's own transform (ts-jest) touches TypeScript.
const path = require("node:path");

const root = process.cwd();
const send = (message) => process.send && process.send(message);

function load(id) {
  const jestDir = path.dirname(require.resolve("jest/package.json", { paths: [root] }));
  return require(require.resolve(id, { paths: [root, jestDir] }));
}

let runCLI;
try {
  ({ runCLI } = load("@jest/core"));
  // What every check needs anyway: loaded now, before the learner saves, not after.
  for (const id of ["typescript", "ts-jest", "testcontainers"]) load(id);
} catch (err) {
  send({ type: "error", message: err && err.message ? err.message : String(err) });
  process.exit(1);
}

process.once("message", async (message) => {
  if (!message || message.type !== "run") process.exit(0);
  try {
    const argv = {
      _: [message.testFile],
      $0: "netlab",
      runInBand: true,
      runTestsByPath: true,
      selectProjects: ["course"],
      reporters: [path.join(__dirname, "ipc-reporter.js")],
      watchman: false,
    };
    const { results } = await runCLI(argv, [root]);
    send({ type: "done", success: results.success });
  } catch (err) {
    send({ type: "error", message: err && err.message ? err.message : String(err) });
  }
  // Leave no handle (engine sockets, timers) to keep the process up: the check is over.
  setTimeout(() => process.exit(0), 50);
});

// The parent went away (killed, closed the channel) before asking for a run: nothing to clean up.
process.once("disconnect", () => {
  if (!process.env.NETLAB_RUN_ID) process.exit(0);
});

send({ type: "ready" });
