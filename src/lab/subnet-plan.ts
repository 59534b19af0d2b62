import fs from "node:fs";
import { formatCidr, overlaps, parseCidr, type Cidr } from "./cidr";

/** Something already using address space: a host route or a Docker network. */
export interface AddressUser {
  cidr: string;
  what: string;
}

/** The IPv4 routes of this host, from /proc/net/route (Linux); [] elsewhere. Default routes are left out. */
export function hostRoutes(routeTable = "/proc/net/route"): AddressUser[] {
  let text: string;
  try {
    text = fs.readFileSync(routeTable, "utf8");
  } catch {
    return [];
  }
  return parseProcNetRoute(text);
}

export function parseProcNetRoute(text: string): AddressUser[] {
  const users: AddressUser[] = [];
  for (const line of text.split("\n").slice(1)) {
    const [iface, destHex, , , , , , maskHex] = line.trim().split(/\s+/);
    if (!iface || !destHex || !maskHex) continue;
    // The kernel prints addresses in memory order (little-endian on x86/arm): read them back that way.
    const dest = Buffer.from(destHex, "hex").readUInt32LE(0);
    const maskValue = Buffer.from(maskHex, "hex").readUInt32LE(0);
    const prefix = maskValue.toString(2).replace(/0/g, "").length;
    if (prefix === 0) continue; // default route: it "overlaps" everything and clashes with nothing
    users.push({ cidr: formatCidr({ base: (dest & maskValue) >>> 0, prefix }), what: `the host route via ${iface}` });
  }
  return users;
}

/** Which address users a subnet would collide with. */
export function findClashes(subnet: string, users: AddressUser[]): AddressUser[] {
  const wanted = parseCidr(subnet);
  if (!wanted) return [];
  return users.filter((u) => {
    const c = parseCidr(u.cidr);
    return c !== undefined && overlaps(wanted, c);
  });
}

// Where netlab looks for free /24s: far from Docker's default pools (172.17-31/16, 192.168/20).
const POOLS: Cidr[] = [
  { base: 0x0a800000, prefix: 9 }, // 10.128.0.0/9
  { base: 0xac100000, prefix: 12 }, // 172.16.0.0/12
];

/**
 * A random /24 that no host route and no Docker network uses. Random, so that concurrent runs on
 * one engine rarely pick the same one; the engine refuses a duplicate and the caller tries again.
 */
export function pickFreeSubnet(users: AddressUser[], random: () => number = Math.random, prefix = 24): string | undefined {
  for (const pool of POOLS) {
    const slots = 2 ** (prefix - pool.prefix);
    for (let attempt = 0; attempt < 64; attempt++) {
      const candidate: Cidr = { base: (pool.base + Math.floor(random() * slots) * 2 ** (32 - prefix)) >>> 0, prefix };
      if (findClashes(formatCidr(candidate), users).length === 0) return formatCidr(candidate);
    }
  }
  return undefined;
}
