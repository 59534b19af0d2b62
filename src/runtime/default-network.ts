import { inspectNetwork } from "./networks";
import { isNetworkId } from "./shapes/container-endpoints";
import { readNetwork, type NetworkFacts } from "./shapes/network-facts";

let defaultNetwork: Promise<NetworkFacts> | undefined;
const idsByName = new Map<string, Promise<string | undefined>>();

/**
 * The engine's default network, as `GET /networks/bridge` answers (Docker's "bridge"; Podman's
 * "podman", which its compat API renames "bridge" there). Read once per process.
 */
function engineDefaultNetwork(): Promise<NetworkFacts> {
  defaultNetwork ??= inspectNetwork("bridge")
    .then(readNetwork)
    .catch((err: unknown) => {
      defaultNetwork = undefined;
      throw err;
    });
  return defaultNetwork;
}

/**
 * Whether an endpoint's NetworkID is the engine's default network. Docker gives the id; Podman 4 the
 * network's name ("podman"), whose id one inspect finds (cached: names do not move between ids).
 */
export async function isEngineDefaultNetwork(networkRef: string): Promise<boolean> {
  const { id } = await engineDefaultNetwork();
  if (networkRef === id) return true;
  if (isNetworkId(networkRef)) return false;
  return (await networkIdOf(networkRef)) === id;
}

function networkIdOf(name: string): Promise<string | undefined> {
  let found = idsByName.get(name);
  if (!found) {
    found = inspectNetwork(name).then(
      (info) => info.Id,
      () => undefined,
    );
    idsByName.set(name, found);
  }
  return found;
}
