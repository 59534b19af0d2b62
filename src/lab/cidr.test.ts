import { contains, firstHost, formatCidr, overlaps, parseCidr, parseIp } from "./cidr";

describe("cidr", () => {
  test("parses a subnet and normalises its base", () => {
    expect(parseCidr("192.168.7.9/16")).toEqual({ base: parseIp("192.168.0.0"), prefix: 16 });
    expect(formatCidr(parseCidr("172.17.0.0/16")!)).toBe("172.17.0.0/16");
  });

  test("rejects what is not an IPv4 CIDR", () => {
    for (const bad of ["", "10.0.0.0", "10.0.0/8", "10.0.0.256/8", "10.0.0.0/33", "fe80::/64", "a.b.c.d/8"]) {
      expect(parseCidr(bad)).toBeUndefined();
    }
  });

  test("an address is inside a subnet only when its network bits match", () => {
    const c = parseCidr("172.17.0.0/16")!;
    expect(contains(c, "172.17.0.2")).toBe(true);
    expect(contains(c, "172.17.255.254")).toBe(true);
    expect(contains(c, "172.18.0.2")).toBe(false);
    expect(contains(c, "not an ip")).toBe(false);
  });

  test("overlap is symmetric and holds for nested subnets", () => {
    const wide = parseCidr("192.168.0.0/16")!;
    const home = parseCidr("192.168.1.0/24")!;
    const other = parseCidr("10.0.0.0/8")!;
    expect(overlaps(wide, home)).toBe(true);
    expect(overlaps(home, wide)).toBe(true);
    expect(overlaps(wide, other)).toBe(false);
  });

  test("the first host is the gateway Docker would pick", () => {
    expect(firstHost(parseCidr("10.1.2.0/24")!)).toBe("10.1.2.1");
  });
});
