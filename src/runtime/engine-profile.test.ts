import { engineName, missingNeed, notShownHere, profileFromFacts, type EngineFacts } from "./engine-profile";

// Facts as the engines give them: 20.10 recorded here; the others written from their documented
// shapes (Engine 29: API 1.52 /version and /info; Desktop: OperatingSystem "Docker Desktop";
// Podman 4.3: its compat /version lists a "Podman Engine" component).
const docker = (version: string, info: EngineFacts["info"] = {}, endpoint = "/var/run/docker.sock", platform: NodeJS.Platform = "linux"): EngineFacts => ({
  version: { Version: version, ApiVersion: "1.41", Components: [{ Name: "Engine", Version: version }] },
  info: { Name: "box", OperatingSystem: "Debian GNU/Linux 12 (bookworm)", OSType: "linux", KernelVersion: "6.1.0-28-amd64", SecurityOptions: ["name=seccomp,profile=default"], ...info },
  endpoint,
  platform,
  hostKernel: "6.1.0-28-amd64",
  firewallReadable: true,
});
const podman: EngineFacts = {
  version: { Version: "4.3.1", ApiVersion: "1.41", Components: [{ Name: "Podman Engine", Version: "4.3.1" }] },
  info: { Name: "box", OperatingSystem: "debian", OSType: "linux", KernelVersion: "6.1.0-28-amd64", SecurityOptions: ["name=seccomp,profile=default"] },
  endpoint: "/run/podman/podman.sock",
  platform: "linux",
  hostKernel: "6.1.0-28-amd64",
};

describe("the engine profile: what the engine is, from what it says", () => {
  test("Debian's Docker 20.10 on this host: the network host is here, links write their variables", () => {
    const p = profileFromFacts(docker("20.10.24+dfsg1"));
    expect(p).toMatchObject({ kind: "native-linux", product: "docker", networkHostIsHere: true, legacyLinks: true, linkEnvVars: true, embeddedDns: "127.0.0.11", isolatesNetworks: true, defaultBridgeOnDemand: false, firewallReadable: true });
    expect(notShownHere(p, ["hostIsNetworkHost", "hostFirewall", "legacyLinks", "linkEnvVars", "networkIsolation"])).toBeUndefined();
  });

  test("Engine 29: --link keeps its /etc/hosts entry but no C1_* variables (moby/moby#50719)", () => {
    const p = profileFromFacts(docker("29.1.2", { FirewallBackend: { Driver: "nftables" } }));
    expect(p).toMatchObject({ legacyLinks: true, linkEnvVars: false, firewall: "nftables" });
    expect(missingNeed(p, "legacyLinks")).toBeUndefined();
    expect(missingNeed(p, "linkEnvVars")).toEqual({ key: "naNoLinkEnvVars", params: { engine: "Docker 29.1.2" } });
  });

  test("rootless Docker: never this host's network, whatever address its bridge shares with a rootful docker0", () => {
    const p = profileFromFacts(docker("20.10.24", { SecurityOptions: ["name=seccomp,profile=default", "name=rootless"] }, "/run/user/1000/docker.sock"));
    expect(p).toMatchObject({ kind: "rootless", networkHostIsHere: false });
    expect(missingNeed(p, "hostIsNetworkHost")?.key).toBe("naNetworkHostElsewhere");
    expect(missingNeed(p, "hostFirewall")?.key).toBe("naNetworkHostElsewhere");
    expect(engineName(p)).toBe("Docker 20.10.24 (rootless)");
  });

  test("Docker Desktop, Colima, OrbStack: the engine's host is a VM", () => {
    const desktop = profileFromFacts(docker("29.0.1", { OperatingSystem: "Docker Desktop", KernelVersion: "6.10.14-linuxkit" }, "/Users/me/.docker/run/docker.sock", "darwin"));
    const colima = profileFromFacts(docker("27.4.0", { Name: "colima", KernelVersion: "6.8.0-50-generic" }, "/Users/me/.colima/default/docker.sock", "darwin"));
    const orbstack = profileFromFacts(docker("28.5.1", { OperatingSystem: "OrbStack", KernelVersion: "6.12.5-orbstack" }, "/Users/me/.orbstack/run/docker.sock", "darwin"));
    expect([desktop.kind, colima.kind, orbstack.kind]).toEqual(["docker-desktop", "colima", "orbstack"]);
    expect([desktop, colima, orbstack].map((p) => p.networkHostIsHere)).toEqual([false, false, false]);
    expect(desktop.hostNetworking).toBe(false);
  });

  test("a native engine on another kernel (a remote daemon over tcp://) is not this host's network", () => {
    const p = profileFromFacts(docker("24.0.7", { KernelVersion: "5.15.0-1-cloud" }, "tcp://127.0.0.1:2375"));
    expect(p).toMatchObject({ kind: "native-linux", networkHostIsHere: false });
  });

  test("Podman 4.3: no --link, names from aardvark on the gateway, bridge networks not isolated", () => {
    const p = profileFromFacts(podman);
    expect(p).toMatchObject({ kind: "podman", product: "podman", version: "4.3.1", legacyLinks: false, embeddedDns: "gateway", isolatesNetworks: false, defaultBridgeOnDemand: true, networkHostIsHere: true, firewallReadable: false });
    expect(missingNeed(p, "legacyLinks")).toEqual({ key: "naNoLegacyLinks", params: { engine: "Podman 4.3.1" } });
    expect(missingNeed(p, "linkEnvVars")?.key).toBe("naNoLegacyLinks");
    expect(missingNeed(p, "networkIsolation")?.key).toBe("naNoIsolation");
    expect(missingNeed(p, "hostFirewall")?.key).toBe("naFirewallUnreadable");
  });

  test("rootless Podman keeps its networks in a namespace of its own", () => {
    const p = profileFromFacts({ ...podman, info: { ...podman.info, SecurityOptions: ["name=seccomp", "name=rootless"] } });
    expect(p.networkHostIsHere).toBe(false);
  });
});
