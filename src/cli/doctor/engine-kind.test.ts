import type { EngineInfo } from "../../runtime/engine-info";
import { engineKind, hasNetworkDeadlock } from "./engine-kind";

const info = (over: Partial<EngineInfo>): EngineInfo => ({
  name: "box",
  operatingSystem: "Debian GNU/Linux 12 (bookworm)",
  osType: "linux",
  kernelVersion: "6.1.0",
  serverVersion: "24.0.7",
  securityOptions: ["name=seccomp,profile=builtin"],
  dockerRootDir: "/var/lib/docker",
  ...over,
});

describe("which Docker engine answers, from docker info", () => {
  test.each([
    ["native Linux", info({}), "/var/run/docker.sock", "linux", "native-linux"],
    ["Docker Desktop", info({ operatingSystem: "Docker Desktop", name: "docker-desktop" }), "/Users/me/.docker/run/docker.sock", "darwin", "docker-desktop"],
    ["Colima by its socket", info({ name: "colima", operatingSystem: "Ubuntu 23.10" }), "/Users/me/.colima/default/docker.sock", "darwin", "colima"],
    ["rootless", info({ securityOptions: ["name=seccomp,profile=builtin", "name=rootless", "name=cgroupns"] }), "/run/user/1000/docker.sock", "linux", "rootless"],
    ["OrbStack", info({ operatingSystem: "OrbStack" }), "/Users/me/.orbstack/run/docker.sock", "darwin", "orbstack"],
    ["a Linux engine seen from macOS over tcp", info({}), "tcp://10.0.0.5:2375", "darwin", "other"],
  ] as const)("%s", (_name, i, endpoint, platform, kind) => {
    expect(engineKind(i, endpoint, platform)).toBe(kind);
  });
});

describe("engines with the network-controller deadlock of moby/moby#42545", () => {
  test.each([
    ["20.10.24+dfsg1", true],
    ["20.10.5", true],
    ["20.10.27", false],
    ["24.0.7", false],
    ["19.03.15", false],
  ] as const)("%s: %s", (version, affected) => {
    expect(hasNetworkDeadlock(version)).toBe(affected);
  });
});
