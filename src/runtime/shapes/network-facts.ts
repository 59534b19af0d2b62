/**
 * What `GET /networks/{id}` says of a network, in the shapes engines give it: Docker's (and
 * Podman's compat API), and libpod's own `/libpod/networks/{name}/json`.
 */
interface Subnet {
  subnet: string;
  gateway?: string;
}

export interface NetworkFacts {
  id: string;
  /** The name this answer gives: Podman's compat API calls its default network "bridge" here. */
  name: string;
  driver: string;
  /** The first IPv4 subnet, wherever it is in the list (Docker Desktop may put an IPv6 one first). */
  ipv4?: Subnet;
  ipv6: Subnet[];
  /** The Linux bridge, only where the engine names it; never guessed. */
  bridge?: string;
}

interface RawSubnet {
  Subnet?: string;
  Gateway?: string;
  subnet?: string;
  gateway?: string;
}

export interface RawNetworkInspect {
  Id?: string;
  Name?: string;
  Driver?: string;
  IPAM?: { Config?: RawSubnet[] | null } | null;
  Options?: Record<string, string> | null;
  // libpod's own shape
  id?: string;
  name?: string;
  driver?: string;
  subnets?: RawSubnet[] | null;
  network_interface?: string;
}

const BRIDGE_NAME_OPTION = "com.docker.network.bridge.name";

export function readNetwork(info: RawNetworkInspect): NetworkFacts {
  const subnets = [...(info.IPAM?.Config ?? []), ...(info.subnets ?? [])]
    .map((s) => ({ subnet: s.Subnet ?? s.subnet ?? "", gateway: (s.Gateway ?? s.gateway) || undefined }))
    .filter((s) => s.subnet);
  const isV6 = (s: Subnet) => s.subnet.includes(":");
  return {
    id: info.Id ?? info.id ?? "",
    name: info.Name ?? info.name ?? "",
    driver: info.Driver ?? info.driver ?? "",
    ipv4: subnets.find((s) => !isV6(s)),
    ipv6: subnets.filter(isV6),
    bridge: info.Options?.[BRIDGE_NAME_OPTION] || info.network_interface || undefined,
  };
}
