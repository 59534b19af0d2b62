import type { EngineInfo } from "../../runtime/engine-info";

export type EngineKind = "docker-desktop" | "colima" | "rootless" | "orbstack" | "podman" | "native-linux" | "other";

/**
 * Which Docker engine answers, from `docker info` and the socket used: Docker Desktop and Colima run
 * the engine in a VM (the "host" the course talks about is that VM), rootless Docker runs it in a
 * user namespace, native Linux runs it on this machine.
 */
export function engineKind(info: EngineInfo, endpoint: string, platform: NodeJS.Platform = process.platform): EngineKind {
  const os = info.operatingSystem.toLowerCase();
  if (info.securityOptions.some((o) => /name=rootless/.test(o))) return "rootless";
  if (os.includes("docker desktop")) return "docker-desktop";
  if (/colima/i.test(info.name) || endpoint.includes(".colima")) return "colima";
  if (os.includes("orbstack")) return "orbstack";
  if (os.includes("podman") || /podman/i.test(endpoint)) return "podman";
  if (info.osType === "linux" && platform === "linux") return "native-linux";
  return "other";
}

/** Docker 20.10 before 20.10.27 has the network-controller deadlock of moby/moby#42545. */
export function hasNetworkDeadlock(serverVersion: string): boolean {
  const m = /^20\.10\.(\d+)/.exec(serverVersion);
  return m !== null && Number(m[1]) < 27;
}
