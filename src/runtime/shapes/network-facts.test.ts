import { fixtureFolders } from "../fixtures/fixture-folders";
import { readNetwork, type NetworkFacts, type RawNetworkInspect } from "./network-facts";

describe.each(fixtureFolders().map((f) => [f.name, f] as const))("network inspect of %s", (_name, folder) => {
  const expected = folder.read<Record<string, Partial<NetworkFacts>>>("expected.json") ?? {};

  test.each(folder.files("network-"))("%s: id, name and an IPv4 subnet; IPv6 ones apart", (file) => {
    const facts = readNetwork(folder.read<RawNetworkInspect>(file) as RawNetworkInspect);
    expect(facts.id).toMatch(/^[0-9a-f]{64}$/);
    expect(facts.ipv4?.subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(facts.ipv6.every((s) => s.subnet.includes(":"))).toBe(true);
    const want = expected[file];
    if (want) {
      expect(facts).toMatchObject(want);
      // Only where the engine names it: Podman's compat answer and user-defined Docker networks do not.
      expect(facts.bridge).toBe(want.bridge);
    }
  });
});

describe("network inspect shapes", () => {
  test("an IPv6 entry first (Docker Desktop 4.42+) does not hide the IPv4 subnet", () => {
    const facts = readNetwork({
      Id: "a".repeat(64),
      Name: "n",
      IPAM: { Config: [{ Subnet: "fd00:1::/64", Gateway: "fd00:1::1" }, { Subnet: "172.20.0.0/16", Gateway: "172.20.0.1" }] },
    });
    expect(facts.ipv4).toEqual({ subnet: "172.20.0.0/16", gateway: "172.20.0.1" });
    expect(facts.ipv6).toEqual([{ subnet: "fd00:1::/64", gateway: "fd00:1::1" }]);
  });

  test("no bridge option: no bridge name, not a guessed docker0 or br-<id>", () => {
    expect(readNetwork({ Id: "b".repeat(64), Name: "bridge", Options: {} }).bridge).toBeUndefined();
    expect(readNetwork({ Id: "b".repeat(64), Name: "bridge", Options: null, IPAM: null }).ipv4).toBeUndefined();
  });
});
