import { engineIsLocal } from "./engine-locality";
import { findMasquerade } from "./probe-masquerade";

describe("engineIsLocal", () => {
  const iface = (address: string) => ({ address, family: "IPv4" as const, netmask: "255.255.0.0", mac: "02:42:00:00:00:01", internal: false, cidr: `${address}/16` });

  test("the engine is local when one of this host's interfaces holds the bridge gateway", () => {
    expect(engineIsLocal("172.17.0.1", { lo: [iface("127.0.0.1")], docker0: [iface("172.17.0.1")] })).toBe(true);
  });

  test("it is not when no interface holds it (Docker Desktop, Colima: the bridge is in a VM)", () => {
    expect(engineIsLocal("172.17.0.1", { lo: [iface("127.0.0.1")], en0: [iface("192.0.2.10")] })).toBe(false);
  });
});

describe("findMasquerade", () => {
  const output = [
    "-P POSTROUTING ACCEPT",
    "-A POSTROUTING -s 10.164.75.0/24 ! -o br-b0ff669dacc1 -j MASQUERADE",
    "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
  ].join("\n");

  test("finds the rule for the subnet leaving by another interface than its bridge", () => {
    expect(findMasquerade(output, "172.17.0.0/16", "docker0")).toEqual({ status: "found", rule: "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE" });
  });

  test("says it is missing, with the rules it saw, for another subnet or bridge", () => {
    expect(findMasquerade(output, "172.18.0.0/16", "docker0")).toMatchObject({ status: "missing", rules: expect.arrayContaining([expect.stringContaining("172.17.0.0/16")]) });
    expect(findMasquerade(output, "172.17.0.0/16", "br-x")).toMatchObject({ status: "missing" });
  });
});
