import type { TopoContainer, TopoEndpoint, TopoNetwork, Topology } from "./topology";

/** A Mermaid node id: letters, digits and underscores only. */
function nodeId(prefix: string, name: string): string {
  return `${prefix}_${name.replace(/[^A-Za-z0-9]/g, "_")}`;
}

/** A quoted Mermaid label: quotes as entities, lines joined with <br/>. */
function label(lines: string[]): string {
  return `"${lines.map((l) => l.replace(/"/g, "#quot;").replace(/</g, "#lt;").replace(/>/g, "#gt;")).join("<br/>")}"`;
}

export function networkLines(n: TopoNetwork): string[] {
  if (n.driver === "host") return ["host network namespace", "(no bridge, no veth)"];
  if (n.driver === "null" || n.name === "none") return ["none", "(loopback only)"];
  return [`${n.name}${n.bridge ? ` · ${n.bridge}` : ""}`, ...(n.subnet ? [`${n.subnet}${n.gateway ? ` gw ${n.gateway}` : ""}`] : [])];
}

export function containerLines(c: TopoContainer): string[] {
  const addresses = c.endpoints.filter((e) => e.ip).map((e) => `${e.iface ?? "eth?"} ${e.ip}/${e.prefix ?? "?"}`);
  const ports = c.ports.map((p) => `-p ${p.host}:${p.container}`);
  return [c.state === "running" ? c.name : `${c.name} (${c.state})`, ...addresses, ...ports];
}

export function edgeLabel(e: TopoEndpoint): string {
  return e.hostVeth ? `${e.hostVeth} ⇄ ${e.iface ?? "eth?"}` : (e.iface ?? "");
}

/**
 * The topology as a Mermaid flowchart: the Docker host holds the bridges (one per network), each
 * container hangs on its bridges by a veth pair (labelled host end ⇄ container end), and a --link is
 * a dashed arrow from the container that has the name to the one it names.
 */
export function toMermaid(topology: Topology): string {
  const lines = ["flowchart TB", `  subgraph host[${label(["Docker host"])}]`];
  for (const n of topology.networks) lines.push(`    ${nodeId("net", n.name)}[${label(networkLines(n))}]`);
  lines.push("  end");
  for (const c of topology.containers) lines.push(`  ${nodeId("c", c.name)}(${label(containerLines(c))})`);
  for (const c of topology.containers) {
    const attached = c.endpoints.length > 0 ? c.endpoints : [{ network: c.networkMode } as TopoEndpoint];
    for (const e of attached) {
      if (!topology.networks.some((n) => n.name === e.network)) continue;
      const text = edgeLabel(e);
      lines.push(`  ${nodeId("c", c.name)} ---${text ? `|${label([text])}|` : ""} ${nodeId("net", e.network)}`);
    }
    for (const link of c.links) {
      lines.push(`  ${nodeId("c", c.name)} -.->|${label([`--link ${link.target}${link.alias !== link.target ? `:${link.alias}` : ""}`])}| ${nodeId("c", link.target)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
