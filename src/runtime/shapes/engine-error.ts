/**
 * What an engine's refusal means, whatever engine and version worded it. Each engine words a host
 * port conflict its own way (see the fixtures' errors.json); netlab acts on the kind, never the text.
 */
export type EngineErrorKind =
  | { kind: "portTaken"; port?: number; hostIp?: string }
  | { kind: "linkUnsupported" }
  | { kind: "subnetOverlap" }
  | { kind: "containerNotRunning" }
  | { kind: "notFound" }
  | { kind: "other" };

// The host address and port of each wording, as "<ip>:<port>" ("[::]:8080", ":8080" from Podman).
const PORT_TAKEN: RegExp[] = [
  // Docker <= 29, moby portallocator: "Bind for 0.0.0.0:8080 failed: port is already allocated"
  /Bind for (\S*?):(\d+) failed: port is already allocated/i,
  // Docker 28: "failed to bind host port for 0.0.0.0:8080:172.17.0.2:80/tcp: address already in use"
  /failed to bind host port for (\[[^\]]*\]|[^:\s]*):(\d+)\S*: address already in use/i,
  // Docker 29: "failed to bind host port 0.0.0.0:8080/tcp: address already in use"
  /failed to bind host port (\[[^\]]*\]|\S*?):(\d+)\/\w+: address already in use/i,
  // Docker Desktop: "Ports are not available: exposing port TCP 0.0.0.0:8080 -> 0.0.0.0:0: listen tcp ..."
  /Ports are not available: exposing port \w+ (\[[^\]]*\]|\S*?):(\d+) /i,
  // Docker 20.10 userland proxy, Podman rootful ("cannot listen on the TCP port: listen tcp4 :8080: ...")
  // and rootless ("rootlessport listen tcp 0.0.0.0:8080: bind: address already in use").
  /listen (?:tcp|udp)[46]? (\[[^\]]*\]|\S*?):(\d+): bind: address already in use/i,
];

/** The kind of an engine error, from its HTTP status and message (dockerode's "(HTTP code N) ..." prefix allowed). */
export function classifyEngineError(statusCode: number | undefined, message: string): EngineErrorKind {
  const text = message.replace(/^\(HTTP code \d+\)\s*[a-z ]*-\s*/i, "");
  for (const pattern of PORT_TAKEN) {
    const match = pattern.exec(text);
    if (match) return { kind: "portTaken", ...hostAndPort(match[1], match[2]) };
  }
  // Not a bare "Address already in use": that is also IPAM's answer to a static IP that is taken.
  if (/port is already allocated|bind: address already in use/i.test(text)) return { kind: "portTaken" };
  if (/link is not supported/i.test(text)) return { kind: "linkUnsupported" };
  if (/overlaps with other one|is already used on the host or by another config/i.test(text)) return { kind: "subnetOverlap" };
  if (/is not running|can only create exec sessions on running containers|container state improper/i.test(text)) {
    return { kind: "containerNotRunning" };
  }
  if (statusCode === 404 || /no such container|not found/i.test(text)) return { kind: "notFound" };
  return { kind: "other" };
}

function hostAndPort(ip = "", port = ""): { port?: number; hostIp?: string } {
  const hostIp = ip.replace(/^\[(.*)\]$/, "$1");
  return { port: port ? Number(port) : undefined, hostIp: hostIp || undefined };
}
