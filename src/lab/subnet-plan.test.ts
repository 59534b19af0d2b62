import { findClashes, parseProcNetRoute, pickFreeSubnet } from "./subnet-plan";

const ROUTE_TABLE = `Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
eth0\t00000000\t010200C0\t0003\t0\t0\t0\t00000000\t0\t0\t0
docker0\t000011AC\t00000000\t0001\t0\t0\t0\t0000FFFF\t0\t0\t0
wlan0\t0001A8C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t0\t0\t0
`;

describe("subnet plan", () => {
  test("reads /proc/net/route, leaving out the default route", () => {
    expect(parseProcNetRoute(ROUTE_TABLE)).toEqual([
      { cidr: "172.17.0.0/16", what: "the host route via docker0" },
      { cidr: "192.168.1.0/24", what: "the host route via wlan0" },
    ]);
  });

  test("the course note's 192.168.0.0/16 clashes with a home LAN route", () => {
    const clashes = findClashes("192.168.0.0/16", parseProcNetRoute(ROUTE_TABLE));
    expect(clashes.map((c) => c.cidr)).toEqual(["192.168.1.0/24"]);
  });

  test("a subnet apart from every route does not clash", () => {
    expect(findClashes("10.200.1.0/24", parseProcNetRoute(ROUTE_TABLE))).toEqual([]);
  });

  test("picks a /24 that clashes with nothing, and another one when that is taken", () => {
    const users = parseProcNetRoute(ROUTE_TABLE);
    const first = pickFreeSubnet(users, () => 0.5);
    expect(first).toMatch(/^\d+\.\d+\.\d+\.0\/24$/);
    expect(findClashes(first!, users)).toEqual([]);
    const second = pickFreeSubnet([...users, { cidr: first!, what: "taken" }], sequence([0.5, 0.25]));
    expect(second).not.toBe(first);
  });

  test("gives up (undefined) when every candidate clashes", () => {
    expect(pickFreeSubnet([{ cidr: "0.0.0.0/1", what: "a" }, { cidr: "128.0.0.0/1", what: "b" }])).toBeUndefined();
  });
});

function sequence(values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] ?? 0;
}
