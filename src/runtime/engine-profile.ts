import os from "node:os";

/**
 * What the engine is, decided once per run from what it says about itself (GET /version, GET /info)
 * and handed to every worker, so that a check can say "this engine cannot show that, because ..."
 * instead of failing, or passing, by accident. Pure: the facts come in, the profile goes out.
 */
type EngineKind = "native-linux" | "rootless" | "docker-desktop" | "colima" | "orbstack" | "podman" | "other";

export interface EngineProfile {
  kind: EngineKind;
  product: "docker" | "podman";
  /** The engine's own version: Docker's "29.1.0", Podman's "4.3.1". */
  version: string;
  /** The Docker API version it serves ("1.41"; Podman serves Docker's API too). */
  apiVersion: string;
  /** Where it was found (socket path or URL). */
  endpoint: string;
  /**
   * This machine is the engine's network host: docker0 and the veths are among its interfaces,
   * container addresses route from here, and its iptables are the engine's. False in a VM (Desktop,
   * Colima, OrbStack) and in rootless Docker's namespace, whatever addresses the two share.
   */
  networkHostIsHere: boolean;
  /** `--link` is accepted (Podman refuses it). */
  legacyLinks: boolean;
  /** `--link` writes the C1_* variables (gone by default in Engine 29: moby/moby#50719). */
  linkEnvVars: boolean;
  /** Names on user-defined networks: Docker's embedded DNS at 127.0.0.11, Podman's aardvark on the gateway. */
  embeddedDns: "127.0.0.11" | "gateway";
  /** `--network host` gives the host's own interfaces (Desktop: only when enabled, 4.34+). */
  hostNetworking: boolean;
  /** Containers on different bridge networks cannot reach each other (netavark before 1.5 lets them). */
  isolatesNetworks: boolean;
  /**
   * The default network's Linux bridge exists only while a container is on that network: netavark
   * makes podman0 for the first and removes it after the last (seen on Podman 4.3 here); dockerd
   * makes docker0 when it starts and keeps it.
   */
  defaultBridgeOnDemand: boolean;
  /** The firewall backend where the engine says (GET /info .FirewallBackend, API 1.48+), else unknown. */
  firewall: "iptables" | "nftables" | "unknown";
  /** This process can list the host's NAT rules (iptables or nft needs root); only asked where the network host is here. */
  firewallReadable: boolean;
}

/** The parts of GET /version and GET /info that the profile reads. */
export interface EngineFacts {
  version: { Version?: string; ApiVersion?: string; Components?: Array<{ Name?: string; Version?: string }> };
  info: {
    Name?: string;
    OperatingSystem?: string;
    OSType?: string;
    KernelVersion?: string;
    SecurityOptions?: string[];
    FirewallBackend?: { Driver?: string };
  };
  endpoint: string;
  platform?: NodeJS.Platform;
  /** The kernel node runs on (os.release()): a VM's engine reports another. */
  hostKernel?: string;
  /** Listing the host's NAT rules worked here. */
  firewallReadable?: boolean;
}

export function profileFromFacts(facts: EngineFacts): EngineProfile {
  const { version, info } = facts;
  const podman = (version.Components ?? []).find((c) => /podman/i.test(c.Name ?? ""));
  const product = podman ? "podman" : "docker";
  const engineVersion = podman?.Version ?? version.Version ?? "";
  const kind = kindOf(facts, product);
  const major = Number(/^(\d+)/.exec(engineVersion)?.[1] ?? 0);
  const driver = (info.FirewallBackend?.Driver ?? "").toLowerCase();
  return {
    kind,
    product,
    version: engineVersion,
    apiVersion: version.ApiVersion ?? "",
    endpoint: facts.endpoint,
    networkHostIsHere: networkHostIsHere(kind, facts),
    legacyLinks: product === "docker",
    linkEnvVars: product === "docker" && major < 29,
    embeddedDns: product === "podman" ? "gateway" : "127.0.0.11",
    // Docker Desktop's host networking is its VM's unless the user turned it on; netlab cannot tell.
    hostNetworking: kind !== "docker-desktop",
    isolatesNetworks: product === "docker" || podmanIsolates(engineVersion),
    defaultBridgeOnDemand: product === "podman",
    firewall: driver.includes("nftables") ? "nftables" : driver.includes("iptables") ? "iptables" : "unknown",
    firewallReadable: facts.firewallReadable ?? false,
  };
}

function kindOf(facts: EngineFacts, product: "docker" | "podman"): EngineKind {
  const { info, endpoint } = facts;
  const system = (info.OperatingSystem ?? "").toLowerCase();
  if (product === "podman") return "podman";
  if ((info.SecurityOptions ?? []).some((o) => /name=rootless/.test(o))) return "rootless";
  if (system.includes("docker desktop")) return "docker-desktop";
  if (/colima/i.test(info.Name ?? "") || endpoint.includes(".colima")) return "colima";
  if (system.includes("orbstack") || endpoint.includes(".orbstack")) return "orbstack";
  if (info.OSType === "linux" && (facts.platform ?? process.platform) === "linux") return "native-linux";
  return "other";
}

/**
 * Decided by what the engine is, not by an address: a rootless engine's bridge may hold 172.17.0.1
 * while a rootful docker0 on the same machine holds it too. A native engine runs on this kernel (a
 * remote one over tcp:// or a VM reports another); rootful Podman's netavark works in the host's
 * own namespace, rootless Podman's in a namespace of its own.
 */
function networkHostIsHere(kind: EngineKind, facts: EngineFacts): boolean {
  const sameKernel = !facts.info.KernelVersion || facts.info.KernelVersion === (facts.hostKernel ?? os.release());
  if (kind === "native-linux") return sameKernel;
  if (kind === "podman") return sameKernel && !(facts.info.SecurityOptions ?? []).some((o) => /rootless/.test(o));
  return false;
}

/** netavark isolates bridge networks from each other from 1.5 (Podman 4.5) on. */
function podmanIsolates(version: string): boolean {
  const [major = 0, minor = 0] = version.split(".").map(Number);
  return major > 4 || (major === 4 && minor >= 5);
}

/** The lessons an engine may be unable to show, each a reason of its own. */
export const ENGINE_NEEDS = ["hostIsNetworkHost", "hostFirewall", "legacyLinks", "linkEnvVars", "networkIsolation"] as const;
export type EngineNeed = (typeof ENGINE_NEEDS)[number];

export function isEngineNeed(value: string): value is EngineNeed {
  return (ENGINE_NEEDS as readonly string[]).includes(value);
}

/** The first thing of NEEDS this engine cannot show, as a reason; undefined when it shows them all. */
export function notShownHere(profile: EngineProfile, needs: readonly EngineNeed[]): NotShownHere | undefined {
  for (const need of needs) {
    const reason = missingNeed(profile, need);
    if (reason) return reason;
  }
  return undefined;
}

/** Why this engine cannot show what a check needs, or undefined when it can. */
export function missingNeed(profile: EngineProfile, need: EngineNeed): NotShownHere | undefined {
  const engine = engineName(profile);
  switch (need) {
    case "hostIsNetworkHost":
      return profile.networkHostIsHere ? undefined : { key: "naNetworkHostElsewhere", params: { engine } };
    case "hostFirewall":
      if (!profile.networkHostIsHere) return { key: "naNetworkHostElsewhere", params: { engine } };
      return profile.firewallReadable ? undefined : { key: "naFirewallUnreadable", params: { engine } };
    case "legacyLinks":
      return profile.legacyLinks ? undefined : { key: "naNoLegacyLinks", params: { engine } };
    case "linkEnvVars":
      if (!profile.legacyLinks) return { key: "naNoLegacyLinks", params: { engine } };
      return profile.linkEnvVars ? undefined : { key: "naNoLinkEnvVars", params: { engine } };
    case "networkIsolation":
      return profile.isolatesNetworks ? undefined : { key: "naNoIsolation", params: { engine } };
  }
}

/** "Docker 20.10.24", "Docker 29.1.0 (rootless)", "Podman 4.3.1": what the learner calls their engine. */
export function engineName(profile: EngineProfile): string {
  const name = `${profile.product === "podman" ? "Podman" : "Docker"} ${profile.version}`;
  return profile.kind === "native-linux" || profile.kind === "podman" ? name : `${name} (${profile.kind})`;
}

/** A reason as data (message key and params), rendered where it is shown. */
export interface NotShownHere {
  key: "naNetworkHostElsewhere" | "naFirewallUnreadable" | "naNoLegacyLinks" | "naNoLinkEnvVars" | "naNoIsolation";
  params: { engine: string };
}

/** Where the run's profile travels to jest workers and child processes: one JSON variable. */
export const PROFILE_ENV = "NETLAB_ENGINE_PROFILE";

/** The profile the run's global setup handed down, if any. */
export function profileFromEnv(env: NodeJS.ProcessEnv = process.env): EngineProfile | undefined {
  const raw = env[PROFILE_ENV];
  if (!raw) return undefined;
  try {
    return JSON.parse(raw) as EngineProfile;
  } catch {
    return undefined;
  }
}
