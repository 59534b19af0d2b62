#!/usr/bin/env node
// Removes every container and network of one netlab run (label netlab.run=<id>). Spawned detached
// when a run is interrupted, so that Ctrl-C leaves nothing on the engine. Plain JS: no build needed.
// The engine is the one the run used: its spawner names it in DOCKER_HOST (withLocatedEngine in
// src/runtime/engine-env.ts), with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH for TLS, and dockerode reads those.
const Docker = require("dockerode");

async function main(runId) {
  if (!runId) throw new Error("usage: reap-run.js <run id>");
  const docker = new Docker();
  const filters = { label: [`netlab.run=${runId}`] };
  // Give the dying run's in-flight `docker run` calls a moment to land, then sweep twice.
  for (const delayMs of [500, 3000]) {
    await new Promise((r) => setTimeout(r, delayMs));
    const containers = await docker.listContainers({ all: true, filters });
    await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
    const networks = await docker.listNetworks({ filters });
    await Promise.all(networks.map((n) => docker.getNetwork(n.Id).remove().catch(() => undefined)));
  }
}

main(process.argv[2]).catch((err) => {
  process.stderr.write(`netlab reap-run: ${err.message}\n`);
  process.exit(1);
});
