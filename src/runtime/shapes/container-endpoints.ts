/**
 * A container's endpoints as `GET /containers/{id}/json` gives them, read only from
 * `NetworkSettings.Networks`: API 1.52 (Engine 29) dropped the top-level IPAddress, Gateway,
 * MacAddress and Bridge, so nothing here may read them.
 */
export interface ContainerEndpoint {
  /** The key under NetworkSettings.Networks: the engine's name of the network ("bridge", "podman"). */
  networkName: string;
  /** NetworkID as the engine gives it: the network's id on Docker, its name on Podman 4. */
  networkRef: string;
  ip?: string;
  prefixLength?: number;
  gateway?: string;
  ipv6?: string;
  ipv6PrefixLength?: number;
  ipv6Gateway?: string;
  mac?: string;
  /** The names other containers resolve it by (API 1.44+: DNSNames); undefined where the engine does not say. */
  dnsNames?: string[];
  /** --alias names, without the short container id that API 1.44 and older (and Podman) add. */
  aliases: string[];
}

interface RawEndpoint {
  NetworkID?: string;
  IPAddress?: string;
  IPPrefixLen?: number;
  Gateway?: string;
  GlobalIPv6Address?: string;
  GlobalIPv6PrefixLen?: number;
  IPv6Gateway?: string;
  MacAddress?: string;
  Aliases?: string[] | null;
  DNSNames?: string[] | null;
}

export interface RawContainerInspect {
  Id: string;
  NetworkSettings?: { Networks?: Record<string, RawEndpoint | null> | null } | null;
}

/** One endpoint per network the container is attached to, in the engine's order. */
export function readEndpoints(info: RawContainerInspect): ContainerEndpoint[] {
  const shortId = info.Id.slice(0, 12);
  return Object.entries(info.NetworkSettings?.Networks ?? {}).map(([name, raw]) => {
    const ep = raw ?? {};
    return {
      networkName: name,
      networkRef: ep.NetworkID || name,
      ip: ep.IPAddress || undefined,
      prefixLength: ep.IPAddress ? ep.IPPrefixLen : undefined,
      gateway: ep.Gateway || undefined,
      ipv6: ep.GlobalIPv6Address || undefined,
      ipv6PrefixLength: ep.GlobalIPv6Address ? ep.GlobalIPv6PrefixLen : undefined,
      ipv6Gateway: ep.IPv6Gateway || undefined,
      mac: ep.MacAddress || undefined,
      dnsNames: ep.DNSNames ?? undefined,
      aliases: (ep.Aliases ?? []).filter((a) => a !== shortId),
    };
  });
}

/** A 64-hex network id (Docker's, and Podman's in network inspect); a NetworkID that is not one is a name. */
export function isNetworkId(ref: string): boolean {
  return /^[0-9a-f]{64}$/.test(ref);
}
