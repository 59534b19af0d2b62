import { fixtureFolders } from "../fixtures/fixture-folders";
import { isNetworkId, readEndpoints, type ContainerEndpoint, type RawContainerInspect } from "./container-endpoints";
import { readNetwork, type RawNetworkInspect } from "./network-facts";

type Expected = Record<string, { endpoints?: Array<Partial<ContainerEndpoint>> }>;

describe.each(fixtureFolders().map((f) => [f.name, f] as const))("container inspect of %s", (_name, folder) => {
  const expected = folder.read<Expected>("expected.json") ?? {};

  test.each(folder.files("container-"))("%s: one endpoint per network, each with its address", (file) => {
    const info = folder.read<RawContainerInspect>(file) as RawContainerInspect;
    const endpoints = readEndpoints(info);
    expect(endpoints.length).toBeGreaterThan(0);
    for (const ep of endpoints) {
      expect(ep.ip).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
      expect(ep.networkRef).toBeTruthy();
      expect(ep.aliases).not.toContain(info.Id.slice(0, 12));
    }
    const want = expected[file]?.endpoints;
    if (want) expect([...endpoints].sort(byName)).toMatchObject([...want].sort(byName));
  });
});

// The rule Lab.learnerNetworkName follows, over each folder's own answers: an endpoint's NetworkID is
// a network id, or (Podman 4) a name that `GET /networks/{name}` turns into one; never the key alone.
describe.each(fixtureFolders().filter((f) => f.read("network-bridge.json")).map((f) => [f.name, f] as const))(
  "endpoints of %s find their networks by id",
  (_name, folder) => {
    const networks = folder.files("network-").map((file) => readNetwork(folder.read<RawNetworkInspect>(file) as RawNetworkInspect));
    const idOf = new Map(networks.flatMap((n) => [[n.id, n.id] as const, [n.name, n.id] as const]));
    const defaultId = readNetwork(folder.read<RawNetworkInspect>("network-bridge.json") as RawNetworkInspect).id;

    test.each(folder.files("container-"))("%s: each on a known network, one on the engine's default network", (file) => {
      const endpoints = readEndpoints(folder.read<RawContainerInspect>(file) as RawContainerInspect);
      const ids = endpoints.map((ep) => (isNetworkId(ep.networkRef) ? ep.networkRef : idOf.get(ep.networkRef)));
      for (const id of ids) expect(networks.map((n) => n.id)).toContain(id);
      expect(ids).toContain(defaultId);
    });
  },
);

const byName = (a: Partial<ContainerEndpoint>, b: Partial<ContainerEndpoint>) => (a.networkName ?? "").localeCompare(b.networkName ?? "");

describe("container inspect shapes", () => {
  test("API 1.52: no top-level NetworkSettings.IPAddress, the endpoints still read", () => {
    const info = { Id: "c".repeat(64), NetworkSettings: { Networks: { bridge: { NetworkID: "d".repeat(64), IPAddress: "172.17.0.2", IPPrefixLen: 16, Gateway: "172.17.0.1" } } } };
    expect(readEndpoints(info)).toEqual([
      expect.objectContaining({ networkName: "bridge", networkRef: "d".repeat(64), ip: "172.17.0.2", prefixLength: 16, gateway: "172.17.0.1" }),
    ]);
  });

  test("DNSNames as the engine gives them; Aliases without the short id (API < 1.45, Podman)", () => {
    const id = "0123456789ab".padEnd(64, "0");
    const [ep] = readEndpoints({
      Id: id,
      NetworkSettings: { Networks: { mynet: { NetworkID: "mynet", IPAddress: "10.0.0.2", Aliases: ["c2", "0123456789ab"], DNSNames: ["c2", "nl-c2", "0123456789ab"] } } },
    });
    expect(ep).toMatchObject({ aliases: ["c2"], dnsNames: ["c2", "nl-c2", "0123456789ab"] });
  });

  test("a container on no network (none, or exited): no endpoints; null endpoints tolerated", () => {
    expect(readEndpoints({ Id: "e".repeat(64), NetworkSettings: { Networks: null } })).toEqual([]);
    expect(readEndpoints({ Id: "e".repeat(64), NetworkSettings: { Networks: { none: null } } })[0]).toMatchObject({ networkName: "none", ip: undefined });
  });

  test("a NetworkID is an id (Docker) or a name (Podman 4)", () => {
    expect(isNetworkId("2f259bab93aaaaa2542ba43ef33eb990d0999ee1b9924b557b7be53c0b7a1bb9")).toBe(true);
    expect(isNetworkId("podman")).toBe(false);
  });
});
