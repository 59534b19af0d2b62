/** IPv4 CIDR arithmetic: enough for subnets, gateways and clash checks. */
export interface Cidr {
  /** Network address as an unsigned 32-bit number. */
  base: number;
  prefix: number;
}

export function parseIp(ip: string): number | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

function formatIp(value: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}

function mask(prefix: number): number {
  return prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
}

/** "192.168.0.0/16" -> {base, prefix}; undefined when it is not an IPv4 CIDR. */
export function parseCidr(text: string): Cidr | undefined {
  const [ip, prefixText] = text.split("/");
  const value = parseIp(ip ?? "");
  const prefix = Number(prefixText);
  if (value === undefined || !/^\d{1,2}$/.test(prefixText ?? "") || prefix > 32) return undefined;
  return { base: (value & mask(prefix)) >>> 0, prefix };
}

export function formatCidr(c: Cidr): string {
  return `${formatIp(c.base)}/${c.prefix}`;
}

export function contains(c: Cidr, ip: string): boolean {
  const value = parseIp(ip);
  return value !== undefined && ((value & mask(c.prefix)) >>> 0) === c.base;
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const prefix = Math.min(a.prefix, b.prefix);
  return ((a.base & mask(prefix)) >>> 0) === ((b.base & mask(prefix)) >>> 0);
}

/** The first usable address: what Docker would pick as the gateway. */
export function firstHost(c: Cidr): string {
  return formatIp(c.base + 1);
}
