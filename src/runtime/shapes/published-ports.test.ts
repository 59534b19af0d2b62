import { fixtureFolders } from "../fixtures/fixture-folders";
import { hostPortOf, parseHostBinding, readPublishedPorts, type PublishedPort } from "./published-ports";

type Expected = Record<string, { hostPort80?: number; ports?: Array<Partial<PublishedPort>> }>;
type Inspect = { NetworkSettings: { Ports: Parameters<typeof readPublishedPorts>[0] } };

describe.each(fixtureFolders().map((f) => [f.name, f] as const))("published ports of %s", (_name, folder) => {
  const expected = folder.read<Expected>("expected.json") ?? {};

  test.each(folder.files("container-"))("%s", (file) => {
    const ports = (folder.read<Inspect>(file) as Inspect).NetworkSettings.Ports;
    const want = expected[file];
    if (want?.ports) expect(readPublishedPorts(ports)).toMatchObject(want.ports);
    if (want?.hostPort80) expect(hostPortOf(ports, 80)).toBe(want.hostPort80);
    for (const p of readPublishedPorts(ports)) expect(p.hostPort).toBeGreaterThan(0);
  });
});

describe("published port shapes", () => {
  test("v4 and v6 bindings of one port: the v4 one is the answer, whichever comes first", () => {
    const ports = { "80/tcp": [{ HostIp: "::", HostPort: "8081" }, { HostIp: "0.0.0.0", HostPort: "8080" }] };
    expect(hostPortOf(ports, 80)).toBe(8080);
    expect(readPublishedPorts(ports).map((p) => p.family)).toEqual(["ipv6", "ipv4"]);
  });

  test("a bracketed v6 HostIp reads as the address", () => {
    expect(readPublishedPorts({ "53/udp": [{ HostIp: "[::1]", HostPort: "5353" }] })).toEqual([
      { containerPort: 53, protocol: "udp", hostIp: "::1", hostPort: 5353, family: "ipv6" },
    ]);
  });

  test("exposed but not published (null), or no ports at all", () => {
    expect(readPublishedPorts({ "80/tcp": null })).toEqual([]);
    expect(hostPortOf(undefined, 80)).toBeUndefined();
  });

  test.each([
    ["0.0.0.0:8080", "0.0.0.0", 8080],
    ["[::]:8080", "::", 8080],
    [":::8080", "::", 8080],
    ["[fd00::1]:443", "fd00::1", 443],
    ["8080", "", 8080],
  ])("the CLI's %s", (text, hostIp, hostPort) => {
    expect(parseHostBinding(text)).toEqual({ hostIp, hostPort });
  });
});
