/** One interface as `ip -o link` and `ip -o addr` show it. */
export interface NetInterface {
  index: number;
  name: string;
  /** The N of "name@ifN": the index of the peer of a veth, in the other namespace. */
  peerIndex?: number;
  /** The peer named by name ("veth1@veth0", "veth0@ifb0"): in the same namespace. */
  peerName?: string;
  /** The bridge it is enslaved to ("master docker0"). */
  master?: string;
  flags: string[];
  mac?: string;
  /** IPv4 addresses with prefix: "172.17.0.1/16". */
  addresses: string[];
}

// "7: eth0@if8: <...>", "9: veth1@veth0: <...>", "4: veth0@ifb0: <...>" (a peer whose name starts with "if").
const LINK_LINE = /^(\d+):\s+([^:@\s]+)(?:@(?:if(\d+)|([^:\s]+)))?:\s+<([^>]*)>(.*)$/;

/** Parses `ip -o link` (iproute2 or busybox): one interface per line. */
export function parseIpLink(text: string): NetInterface[] {
  const interfaces: NetInterface[] = [];
  for (const line of text.split("\n")) {
    const match = LINK_LINE.exec(line.trim());
    if (!match) continue;
    const [, index, name, peer, peerName, flags, rest = ""] = match;
    interfaces.push({
      index: Number(index),
      name: name ?? "",
      peerIndex: peer ? Number(peer) : undefined,
      peerName,
      master: /\bmaster\s+(\S+)/.exec(rest)?.[1],
      flags: (flags ?? "").split(",").filter(Boolean),
      mac: /link\/ether\s+([0-9a-f:]{17})/.exec(rest)?.[1],
      addresses: [],
    });
  }
  return interfaces;
}

/** Adds the IPv4 addresses of `ip -o -4 addr` to the interfaces of `ip -o link`. */
export function withAddresses(interfaces: NetInterface[], ipAddrText: string): NetInterface[] {
  const byIndex = new Map(interfaces.map((i) => [i.index, { ...i, addresses: [...i.addresses] }]));
  for (const line of ipAddrText.split("\n")) {
    const match = /^(\d+):\s+\S+\s+inet\s+(\d+\.\d+\.\d+\.\d+\/\d+)/.exec(line.trim());
    if (!match) continue;
    byIndex.get(Number(match[1]))?.addresses.push(match[2] ?? "");
  }
  return [...byIndex.values()];
}

/** One line of `ip route`: "default via 10.1.0.1 dev eth0", "10.1.0.0/24 dev eth0 ... src 10.1.0.2". */
export interface Route {
  destination: string;
  via?: string;
  dev?: string;
}

export function parseIpRoute(text: string): Route[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [destination = ""] = line.split(/\s+/);
      return { destination, via: /\bvia\s+(\S+)/.exec(line)?.[1], dev: /\bdev\s+(\S+)/.exec(line)?.[1] };
    });
}

/** Prints "NAME IFLINK" for every interface, from sysfs: the peer's index, whatever `ip` shows. */
const IFLINK_SCRIPT = 'for d in /sys/class/net/*; do echo "${d##*/} $(cat "$d/iflink")"; done';

/** A line that none of the three outputs can hold: it ends one section of INTERFACES_COMMAND's output. */
const SECTION_END = "--netlab-section--";

/**
 * `ip -o link`, `ip -o -4 addr` and the sysfs iflinks of one network namespace, in one exec: three
 * execs at once took 150–260 ms, one shell running the three 60–90 ms (issue 14). Fails (exit code
 * not 0) where `ip` is missing or fails, so that a caller can tell "no interfaces" from "cannot read".
 */
export const INTERFACES_COMMAND = ["sh", "-c", `ip -o link && echo ${SECTION_END} && ip -o -4 addr && echo ${SECTION_END} && ${IFLINK_SCRIPT}`];

/** Parses INTERFACES_COMMAND's output: the interfaces with their IPv4 addresses and peer indexes. */
export function parseInterfaces(text: string): NetInterface[] {
  const [link = "", addr = "", iflink = ""] = text.split(`${SECTION_END}\n`);
  return withIflinks(withAddresses(parseIpLink(link), addr), iflink);
}

/**
 * busybox `ip` names a veth's peer by whatever interface holds that index in *this* namespace: on
 * Podman a container's eth0 is index 2, so the host end reads "veth0@ifb0" (the host's own ifb0).
 * The kernel's iflink is the truth: it fills in the peer index where `ip` gave a name instead.
 */
export function withIflinks(interfaces: NetInterface[], iflinkText: string): NetInterface[] {
  const iflink = new Map(
    iflinkText
      .split("\n")
      .map((line) => line.trim().split(/\s+/))
      .filter((words) => words.length === 2 && /^\d+$/.test(words[1] ?? ""))
      .map(([name, link]) => [name ?? "", Number(link)] as const),
  );
  return interfaces.map((i) => {
    const link = iflink.get(i.name);
    return i.peerName !== undefined && i.peerIndex === undefined && link !== undefined && link !== i.index ? { ...i, peerIndex: link } : i;
  });
}
