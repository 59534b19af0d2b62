// The one teardown by label, for every remover: the Lab, `netlab clean`, the reaper of dead runs,
// the grader, and scripts/reap-run.js. Plain CommonJS (typed by remove-labelled.d.ts) because
// reap-run.js, spawned detached by a process about to die, must start at once with node alone: no
// tsx, no TypeScript. It takes the dockerode of its caller, so it never picks an engine itself.
"use strict";

/**
 * Awaits a removal that may race with another remover (a second run's reaper, `netlab clean`):
 * "no such ..." (404) and "removal ... already in progress" (409) both mean it is going away.
 */
async function ignoreNotFound(removal) {
  try {
    await removal;
  } catch (err) {
    const { statusCode, message } = err;
    if (statusCode === 404) return;
    if (statusCode === 409 && /already in progress/i.test(message ?? "")) return;
    throw err;
  }
}

/** docker rm -f CONTAINER; one that is already gone is fine. */
function removeContainerWith(docker, nameOrId) {
  return ignoreNotFound(docker.getContainer(nameOrId).remove({ force: true, v: true }));
}

/**
 * docker network rm NAME; a network that is already gone is fine. "Has active endpoints" is retried
 * for a few seconds: when two removers race (a second run's reaper, `netlab clean`), the other one
 * may still be removing the network's containers (its removal answered ours with "in progress").
 */
async function removeNetworkWith(docker, nameOrId, attempts = 12) {
  for (let attempt = 1; ; attempt++) {
    try {
      await ignoreNotFound(docker.getNetwork(nameOrId).remove());
      return;
    } catch (err) {
      const endpointsLeaving = err.statusCode === 403 && /active endpoints/i.test(err.message ?? "");
      if (!endpointsLeaving || attempt >= attempts) throw err;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/**
 * Removes every container, then every network, carrying all the given labels ("key=value").
 * Label-based, so it also finds what a half-finished `docker run` created but never reported.
 */
async function removeLabelledWith(docker, labelFilters) {
  const filters = { label: labelFilters };
  const containers = await docker.listContainers({ all: true, filters });
  await Promise.all(containers.map((c) => removeContainerWith(docker, c.Id)));
  // A network still has endpoints until its containers are gone, hence the order.
  const networks = await docker.listNetworks({ filters });
  await Promise.all(networks.map((n) => removeNetworkWith(docker, n.Id)));
  return {
    containers: containers.map((c) => (c.Names[0] ?? c.Id).replace(/^\//, "")),
    networks: networks.map((n) => n.Name),
  };
}

/**
 * Sweeps by label once after each of the delays (ms, each counted from the sweep before): a dying
 * or killed run may have had a `docker run` in flight that lands a moment later. A sweep that fails
 * is left to the next one (and to the reaper of dead runs); this never rejects.
 */
async function sweepLabelledWith(docker, labelFilters, delaysMs) {
  for (const delayMs of delaysMs) {
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    await removeLabelledWith(docker, labelFilters).catch(() => undefined);
  }
}

module.exports = { ignoreNotFound, removeContainerWith, removeNetworkWith, removeLabelledWith, sweepLabelledWith };
