import type { NetInterface } from "../lab/ip-output";

/** "lo 127.0.0.1/8, eth0@if12 02:42:0a:cb:00:02 10.203.0.2/24": what ip addr shows, on one line, for a failure's Received line. */
export function describeInterfaces(list: Array<Pick<NetInterface, "name" | "peerIndex" | "mac" | "addresses" | "master">>): string {
  return list
    .map((i) => [`${i.name}${i.peerIndex !== undefined ? `@if${i.peerIndex}` : ""}`, i.mac, ...i.addresses, i.master ? `master ${i.master}` : undefined].filter(Boolean).join(" "))
    .join(", ");
}
