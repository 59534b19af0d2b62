#!/usr/bin/env node
// Removes every container and network of one netlab run (label netlab.run=<id>). Spawned detached
// when a run is interrupted, so that Ctrl-C leaves nothing on the engine. Plain JS: no build needed,
// and the removal is the Lab's own (src/runtime/remove-labelled.js).
//
// It locates no engine of its own: its spawner names the one the run used (withLocatedEngine in
// src/runtime/engine-env.ts, the engine locator's answer) in DOCKER_HOST, with DOCKER_TLS_VERIFY
// and DOCKER_CERT_PATH for TLS, and dockerode reads exactly those. Without DOCKER_HOST no engine
// was found, so no run can have left anything.
const { sweepLabelledWith } = require("../src/runtime/remove-labelled");

async function main(runId) {
  if (!runId) throw new Error("usage: reap-run.js <run id>");
  if (!process.env.DOCKER_HOST) return;
  const Docker = require("dockerode");
  // Sweep at once (what runs now stops first), then twice more for the dying run's in-flight
  // `docker run` calls, which may land later: on an engine loaded by two selftests at once (load
  // 35) a container of a killed batch was still running 10 s after the kill.
  await sweepLabelledWith(new Docker(), [`netlab.run=${runId}`], [0, 3000, 3000]);
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`netlab reap-run: ${err.message}\n`);
  process.exit(1);
});
