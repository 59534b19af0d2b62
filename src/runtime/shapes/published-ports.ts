/**
 * Published ports as `NetworkSettings.Ports` gives them ({"80/tcp": [{HostIp, HostPort}]}), and the
 * host side as the CLI prints it: `0.0.0.0:8080`, `[::]:8080` (CLI 27.2+), `:::8080` (older CLIs).
 */
export interface PublishedPort {
  containerPort: number;
  protocol: string;
  /** "" where the engine leaves it empty (Podman: every address). */
  hostIp: string;
  hostPort: number;
  family: "ipv4" | "ipv6" | "any";
}

type RawPorts = Record<string, Array<{ HostIp?: string; HostPort?: string }> | null> | null | undefined;

export function readPublishedPorts(ports: RawPorts): PublishedPort[] {
  return Object.entries(ports ?? {}).flatMap(([key, bindings]) => {
    const [port = "", protocol = "tcp"] = key.split("/");
    return (bindings ?? [])
      .filter((b) => b.HostPort)
      .map((b) => {
        const hostIp = unbracket(b.HostIp ?? "");
        return { containerPort: Number(port), protocol, hostIp, hostPort: Number(b.HostPort), family: familyOf(hostIp) };
      });
  });
}

/** The host port a container port landed on: an IPv4 (or any-address) binding first, as `docker port` lists it. */
export function hostPortOf(ports: RawPorts, containerPort: number, protocol = "tcp"): number | undefined {
  const matching = readPublishedPorts(ports).filter((p) => p.containerPort === containerPort && p.protocol === protocol);
  return (matching.find((p) => p.family !== "ipv6") ?? matching[0])?.hostPort;
}

/** "0.0.0.0:8080", "[::]:8080", ":::8080", "8080" -> host ip and port. */
export function parseHostBinding(text: string): { hostIp: string; hostPort: number } | undefined {
  const trimmed = text.trim();
  const colon = trimmed.lastIndexOf(":");
  const port = trimmed.slice(colon + 1);
  if (!/^\d+$/.test(port)) return undefined;
  return { hostIp: unbracket(colon < 0 ? "" : trimmed.slice(0, colon)), hostPort: Number(port) };
}

function unbracket(ip: string): string {
  return ip.replace(/^\[(.*)\]$/, "$1");
}

function familyOf(ip: string): PublishedPort["family"] {
  if (!ip) return "any";
  return ip.includes(":") ? "ipv6" : "ipv4";
}
