import type { WaitStrategy } from "testcontainers";
import { NetlabError } from "../errors";
import { getEngine } from "./engine";
import { execIn, type RunningContainer } from "./exec";
import type { EngineProfile } from "./engine-profile";
import { engineProfile } from "./read-engine-profile";
import { loadTestcontainers } from "./load-testcontainers";

/** What `docker run` is asked for, already in the engine's terms (real names, not the learner's). */
export interface ContainerSpec {
  image: string;
  name: string;
  hostname?: string;
  labels: Record<string, string>;
  /** --network: "bridge", "host", "none" or a real network name. */
  networkMode: string;
  /** Names this container answers to on a user-defined network (--network-alias), without the default-bridge detour. */
  aliases?: string[];
  /** --link REAL:ALIAS */
  links?: string[];
  env?: Record<string, string>;
  command: string[];
  /** -p HOST:CONTAINER (host 0 = any free port) */
  publish?: Array<{ host: number; container: number }>;
  /** On a network of the lab's own (docker network create), where the engine's DNS answers names. */
  userDefinedNetwork?: boolean;
}

// netlab checks state with its own bounded probes, so a container counts as started when Docker says so.
const startedWhenRunning: WaitStrategy = {
  waitUntilReady: async () => undefined,
  withStartupTimeout() {
    return this;
  },
  isStartupTimeoutSet: () => false,
  getStartupTimeout: () => 0,
};

type Testcontainers = typeof import("testcontainers");

/**
 * testcontainers' GenericContainer with the few `docker run` options it has no builder for:
 * --link, and a network alias given at create time. (testcontainers' own aliases first attach the
 * container to the default bridge, which would spoil every isolation check.) Made when testcontainers
 * is first needed, so that importing the Lab does not load it.
 */
const defineLabContainer = ({ GenericContainer }: Testcontainers) =>
  class LabContainerDefinition extends GenericContainer {
    constructor(spec: ContainerSpec, profile: EngineProfile) {
      super(spec.image);
      this.withName(spec.name)
        .withLabels(spec.labels)
        .withCommand(spec.command)
        .withNetworkMode(spec.networkMode)
        .withWaitStrategy(startedWhenRunning)
        .withPullPolicy({ shouldPull: () => false });
      if (spec.env) this.withEnvironment(spec.env);
      if (spec.hostname) this.createOpts.Hostname = spec.hostname;
      if (spec.publish?.length) {
        this.withExposedPorts(...spec.publish.map((p) => (p.host ? { container: p.container, host: p.host } : p.container)));
        // Published on the host's loopback only: a lab's web servers are for this machine, not the LAN.
        for (const bindings of Object.values(this.hostConfig.PortBindings ?? {}) as Array<Array<{ HostIp?: string }>>) {
          for (const binding of bindings) binding.HostIp = "127.0.0.1";
        }
      }
      if (spec.links?.length) this.hostConfig.Links = spec.links;
      if (spec.aliases?.length) {
        this.createOpts.NetworkingConfig = { EndpointsConfig: { [spec.networkMode]: { Aliases: spec.aliases } } };
      }
      // The probes ping: Docker grants NET_RAW by default, Podman does not (busybox ping then cannot open its socket).
      this.hostConfig.CapAdd = ["NET_RAW"];
      const bridged = !["host", "none"].includes(spec.networkMode) && !spec.networkMode.startsWith("container:");
      // Podman's names come from aardvark-dns on the network's gateway, named in resolv.conf: a DNS
      // server of our own would replace it (Docker's embedded DNS at 127.0.0.11 stays whatever we set).
      const engineAnswersNames = spec.userDefinedNetwork === true && profile.embeddedDns === "gateway";
      if (bridged && !engineAnswersNames) {
        // Name lookups of lab containers must never leave the machine: send whatever the container
        // cannot resolve itself to its own loopback, where nothing answers, and give up after a second.
        this.hostConfig.Dns = ["127.0.0.1"];
        this.hostConfig.DnsOptions = ["timeout:1", "attempts:1"];
      }
    }
  };

let LabContainerDefinition: ReturnType<typeof defineLabContainer> | undefined;

/**
 * docker run -d ... : creates and starts the container described by the spec. The image is checked
 * first, every time: testcontainers pulls an image it does not find (and remembers one it once
 * found), so an image removed in the middle of a run would otherwise send the engine to a registry.
 */
export async function startContainer(spec: ContainerSpec): Promise<RunningContainer> {
  const { docker } = await getEngine();
  const present = await docker.getImage(spec.image).inspect().then(
    () => true,
    (err: { statusCode?: number }) => (err.statusCode === 404 ? false : Promise.reject(err)),
  );
  if (!present) throw new NetlabError("imageGone", { image: spec.image });
  LabContainerDefinition ??= defineLabContainer(await loadTestcontainers());
  const started = await new LabContainerDefinition(spec, await engineProfile()).start();
  return { id: started.getId(), exec: (command, timeoutMs) => execIn(started, command, timeoutMs) };
}
