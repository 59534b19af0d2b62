import { NetlabError } from "../errors";

/** How a learner writes `-p`: "8080:80", 80 (any free host port), or {host, container}. */
export type PortMapping = string | number | { host?: number; container: number };

/** -p HOST:CONTAINER in the engine's terms; host 0 lets the engine pick a free port. */
export function parsePublish(mapping: PortMapping): { host: number; container: number } {
  if (typeof mapping === "number") return checked({ host: 0, container: mapping }, String(mapping));
  if (typeof mapping === "object") return checked({ host: mapping.host ?? 0, container: mapping.container }, JSON.stringify(mapping));
  const match = /^(?:(\d+):)?(\d+)(?:\/tcp)?$/.exec(mapping.trim());
  if (!match) throw new NetlabError("badPublish", { spec: mapping });
  return checked({ host: Number(match[1] ?? 0), container: Number(match[2]) }, mapping);
}

function checked(p: { host: number; container: number }, spec: string) {
  const ok = (n: number, min: number) => Number.isInteger(n) && n >= min && n <= 65535;
  if (!ok(p.host, 0) || !ok(p.container, 1)) throw new NetlabError("badPublish", { spec });
  return p;
}
