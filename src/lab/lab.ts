import type Dockerode from "dockerode";
import { NetlabError } from "../errors";
import { ensureLabImage } from "../runtime/lab-image";
import { connectNetwork, createNetwork, disconnectNetwork, inspectNetwork } from "../runtime/networks";
import { startContainer } from "../runtime/container-spec";
import { LabContainer } from "./lab-container";
import { LabNetwork } from "./lab-network";
import { parsePublish, type PortMapping } from "./publish";
import { currentRun, HOST_VIEW_HELPER, isValidPlainName, labelsFor, LABELS, nextLabId, realName, type RunIdentity } from "./run-identity";
import { removeLabelled, type Removed } from "./teardown";
import { HostView } from "./host-view";
import { runHostView } from "./run-host-view";
import { startHostViewHelper, STAY_UP } from "./host-view-helper";
import { runningById } from "../runtime/exec";
import { addressUsers, allocateSubnet, assertNoClash, translateDockerError } from "./address-space";
import { isEngineDefaultNetwork } from "../runtime/default-network";
import type { ContainerEndpoint } from "../runtime/shapes/container-endpoints";
import { readNetwork, type NetworkFacts } from "../runtime/shapes/network-facts";
import { contains, parseCidr } from "./cidr";
import type { NetInterface } from "./ip-output";

/** Docker's own networks: used by their names as they are. */
const BUILTIN_NETWORKS = new Set(["bridge", "host", "none"]);

/** Options of `lab.run`, each the `docker run` flag named beside it. */
export interface RunOptions {
  /** --network NAME: "bridge" (the default, docker0), "host", "none", or a network of this lab. */
  network?: string;
  /** --link c1 or --link c1:alias (legacy links; only on the default bridge). */
  links?: string[];
  /** -p HOST:CONTAINER ("8080:80", 80 for any free host port, or {host, container}). */
  publish?: PortMapping[];
  /** -e KEY=VALUE */
  env?: Record<string, string>;
  /** The command after the image; by default the container just stays up. */
  command?: string[];
}

/** Options of `lab.createNetwork`, each the `docker network create` flag named beside it. */
export interface NetworkOptions {
  /** --driver (bridge by default) */
  driver?: string;
  /** --subnet 10.1.2.0/24 */
  subnet?: string;
  /** --gateway 10.1.2.1 */
  gateway?: string;
}

/**
 * A sandbox of containers and networks on the live engine, for one exercise run. Learners use plain
 * names ("c1", "diynetwork"); the Lab gives each resource a unique real name and the run's labels,
 * so two runs never collide, and `dispose()` removes all of it.
 */
export class Lab implements AsyncDisposable {
  readonly id = nextLabId();
  private readonly identity: RunIdentity = currentRun();
  private readonly containers = new Map<string, LabContainer>();
  private readonly networks = new Map<string, LabNetwork>();
  /** Names claimed by a run or create, from the call on: "container:c1", "network:diynetwork". */
  private readonly claimed = new Set<string>();
  /** Connects and disconnects still under way: "connect:mynet:c1". */
  private readonly underWay = new Set<string>();
  private hostViewer?: Promise<HostView>;
  private closed = false;
  /** Something was asked of the engine that may have left resources (run, create, host view). */
  private touched = false;

  /** docker run -d --name NAME [--network N] [--link C] [-p H:C] [-e K=V] IMAGE [COMMAND] */
  async run(name: string, options: RunOptions = {}): Promise<LabContainer> {
    this.checkOpen(`run ${name}`);
    this.claimName("container", name);
    const network = options.network ?? "bridge";
    const networkMode = this.realNetworkName(network);
    const image = await ensureLabImage();
    const userDefined = !BUILTIN_NETWORKS.has(network);
    const real = realName(this.identity, this.id, name);
    try {
      const running = await startContainer({
        image: image.name,
        name: real,
        hostname: network === "host" || network === "none" ? undefined : name,
        labels: labelsFor(this.identity, this.id, name),
        networkMode,
        aliases: userDefined ? [name] : undefined,
        links: options.links?.map((link) => this.realLink(link, name)),
        env: options.env,
        command: options.command ?? STAY_UP,
        publish: options.publish?.map(parsePublish),
        userDefinedNetwork: userDefined,
      });
      const container = new LabContainer(this, name, real, running);
      this.containers.set(name, container);
      return container;
    } catch (err) {
      this.claimed.delete(`container:${name}`);
      throw translateDockerError(err, `run ${name}`, (s) => this.plainText(s));
    }
  }

  /** docker network create [--driver D] [--subnet S] [--gateway G] NAME */
  async createNetwork(name: string, options: NetworkOptions = {}): Promise<LabNetwork> {
    this.checkOpen(`create network ${name}`);
    this.claimName("network", name);
    try {
      if (options.subnet) {
        const users = (await addressUsers()).map((u) => ({ ...u, what: this.plainText(u.what) }));
        assertNoClash(options.subnet, users);
      }
      const real = realName(this.identity, this.id, name);
      const info = await createNetwork({
        name: real,
        driver: options.driver ?? "bridge",
        labels: labelsFor(this.identity, this.id, name),
        subnet: options.subnet,
        gateway: options.gateway,
      });
      const network = new LabNetwork(name, real, info.Id);
      this.networks.set(name, network);
      return network;
    } catch (err) {
      this.claimed.delete(`network:${name}`);
      throw translateDockerError(err, `create network ${name}`, (s) => this.plainText(s), options.subnet);
    }
  }

  /** docker network connect NETWORK CONTAINER: a second interface, and an address on that network. */
  async connect(network: string, container: string): Promise<void> {
    this.checkOpen(`connect ${container} to ${network}`);
    this.checkArgumentOrder("connect", network, container);
    const target = this.container(container);
    const aliases = BUILTIN_NETWORKS.has(network) ? [] : [target.name];
    const done = this.track(`connect:${network}:${container}`);
    await connectNetwork(this.realNetworkName(network), target.realName, aliases)
      .catch((err: unknown) => {
        throw translateDockerError(err, `connect ${container} to ${network}`, (s) => this.plainText(s));
      })
      .finally(done);
  }

  /** docker network disconnect NETWORK CONTAINER */
  async disconnect(network: string, container: string): Promise<void> {
    this.checkOpen(`disconnect ${container} from ${network}`);
    this.checkArgumentOrder("disconnect", network, container);
    const done = this.track(`disconnect:${network}:${container}`);
    await disconnectNetwork(this.realNetworkName(network), this.container(container).realName)
      .catch((err: unknown) => {
        throw translateDockerError(err, `disconnect ${container} from ${network}`, (s) => this.plainText(s));
      })
      .finally(done);
  }

  /** docker exec CONTAINER sh -c COMMAND */
  exec(container: string, command: string | string[], timeoutMs?: number) {
    return this.container(container).exec(command, timeoutMs);
  }

  /** docker inspect CONTAINER */
  inspect(container: string): Promise<Dockerode.ContainerInspectInfo> {
    return this.container(container).inspect();
  }

  /** docker network inspect NETWORK (a lab network, or Docker's own bridge/host/none) */
  inspectNetwork(network: string): Promise<Dockerode.NetworkInspectInfo> {
    return inspectNetwork(this.realNetworkName(network));
  }

  /**
   * A network's subnet and gateway as the engine has them (docker network inspect .IPAM). Some
   * engines leave the default bridge's gateway out of IPAM: then it is read from a container's
   * endpoint on that network, or from the network's bridge interface on the host: the one the engine
   * names, else the one with an address in the subnet.
   */
  async networkIpam(network: string): Promise<{ subnet?: string; gateway?: string }> {
    const facts = readNetwork(await this.inspectNetwork(network));
    const subnet = facts.ipv4?.subnet;
    if (facts.ipv4?.gateway) return { subnet, gateway: facts.ipv4.gateway };
    for (const container of this.listContainers()) {
      const gateway = (await container.addresses()).find((a) => a.network === network)?.gateway;
      if (gateway) return { subnet, gateway };
    }
    const iface = await this.bridgeInterface(facts);
    return { subnet, gateway: (iface?.addresses.find((a) => inSubnet(facts, a)) ?? iface?.addresses[0])?.split("/")[0] };
  }

  /**
   * The Linux bridge behind a network on the Docker host: the one the engine names
   * (com.docker.network.bridge.name), else the host interface with an address in the network's
   * subnet (Docker's user-defined networks and Podman's compat API name none). Never a guess.
   */
  async bridgeOf(network: string): Promise<string | undefined> {
    const facts = readNetwork(await this.inspectNetwork(network));
    return facts.bridge ?? (await this.bridgeInterface(facts))?.name;
  }

  private async bridgeInterface(facts: NetworkFacts): Promise<NetInterface | undefined> {
    const interfaces = await (await this.hostView()).interfaces();
    return interfaces.find((i) => (facts.bridge ? i.name === facts.bridge : i.addresses.some((a) => inSubnet(facts, a))));
  }

  /** docker stop -t 0 CONTAINER */
  stop(container: string): Promise<void> {
    return this.container(container).stop();
  }

  /** docker rm -f CONTAINER */
  async rm(container: string): Promise<void> {
    await this.container(container).remove();
    this.containers.delete(container);
    this.claimed.delete(`container:${container}`);
  }

  /**
   * `ip addr` / `ip link` on the Docker host, read from a host-network helper container, so that it
   * shows the engine's host also where that is a VM (Docker Desktop, Colima).
   */
  hostView(): Promise<HostView> {
    this.checkOpen("read the host's interfaces");
    this.touched = true;
    this.hostViewer ??= this.startHostView();
    return this.hostViewer;
  }

  private async startHostView(): Promise<HostView> {
    // The run's own helper, started before the learner saved (run-host-view.ts), when there is one.
    const shared = await runHostView();
    if (shared) return new HostView(new LabContainer(this, HOST_VIEW_HELPER, shared.realName, await runningById(shared.id)));
    const own = await startHostViewHelper(this.identity, this.id);
    return new HostView(new LabContainer(this, HOST_VIEW_HELPER, own.realName, own.running));
  }

  /** A /24 that no host route and no Docker network uses, with its first address as the gateway. */
  freeSubnet(): Promise<{ subnet: string; gateway: string }> {
    return allocateSubnet();
  }

  /**
   * The container the learner called `name`; a teaching error when there is none. One whose
   * `lab.run` was called but has not finished is told apart: that is a missing `await`.
   */
  container(name: string): LabContainer {
    const found = this.containers.get(name);
    if (found) return found;
    if (this.claimed.has(`container:${name}`)) throw new NetlabError("containerStillStarting", { name });
    throw new NetlabError("noSuchContainer", { name, known: [...this.containers.keys()].join(", ") });
  }

  /** The network the learner called `name`; a teaching error when there is none (or it is still being created). */
  network(name: string): LabNetwork {
    const found = this.networks.get(name);
    if (found) return found;
    if (this.claimed.has(`network:${name}`)) throw new NetlabError("networkStillCreating", { name });
    throw new NetlabError("noSuchNetwork", { name, known: [...this.networks.keys()].join(", ") });
  }

  /** The `lab.connect` and `lab.disconnect` calls of this container that have not finished (not awaited). */
  callsUnderWay(container: string): Array<{ call: "connect" | "disconnect"; network: string }> {
    // Keys are "connect:mynet:c1": plain names never hold a colon.
    return [...this.underWay]
      .map((key) => key.split(":"))
      .filter(([, , name]) => name === container)
      .map(([call, network = ""]) => ({ call: call === "connect" ? "connect" : "disconnect", network }));
  }

  hasContainer(name: string): boolean {
    return this.containers.has(name);
  }

  hasNetwork(name: string): boolean {
    return this.networks.has(name);
  }

  /** The containers started so far, in order. */
  listContainers(): LabContainer[] {
    return [...this.containers.values()];
  }

  /** The networks created so far, in order. */
  listNetworks(): LabNetwork[] {
    return [...this.networks.values()];
  }

  /** Engine names back to the learner's names, for messages ("nl-ab12-3x1-c1" -> "c1"). */
  plainText(text: string): string {
    return text.replace(new RegExp(`nl-${this.identity.runId}-${this.id}-([A-Za-z0-9_.-]+)`, "g"), "$1");
  }

  /**
   * The learner's name of the network of an endpoint: matched by NetworkID (an id on Docker, a name on
   * Podman), so that the engine's default network is "bridge" whatever the engine calls it.
   */
  async learnerNetworkName(endpoint: Pick<ContainerEndpoint, "networkName" | "networkRef">): Promise<string> {
    const own = this.listNetworks().find((n) => n.id === endpoint.networkRef || n.realName === endpoint.networkRef);
    if (own) return own.name;
    if (await isEngineDefaultNetwork(endpoint.networkRef)) return "bridge";
    return this.plainText(endpoint.networkName);
  }

  /** Removes everything this Lab made, also what a failed `docker run` left half-made. */
  async dispose(): Promise<Removed> {
    this.closed = true;
    // A Lab that never made anything (an untouched stub's) has nothing to remove: no engine call.
    const removed = this.touched
      ? await removeLabelled([`${LABELS.run}=${this.identity.runId}`, `${LABELS.lab}=${this.id}`])
      : { containers: [], networks: [] };
    this.containers.clear();
    this.networks.clear();
    this.claimed.clear();
    this.underWay.clear();
    this.hostViewer = undefined;
    return removed;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.dispose();
  }

  private realNetworkName(network: string): string {
    if (network === "default") return "bridge";
    if (BUILTIN_NETWORKS.has(network)) return network;
    return this.network(network).realName;
  }

  private realLink(link: string, name: string): string {
    const [target = "", alias] = link.split(":");
    // Docker resolves a link when the container is created: its target must exist by then.
    if (!this.claimed.has(`container:${target}`)) {
      throw new NetlabError("linkTargetMissing", { name, target, known: [...this.containers.keys()].join(", ") });
    }
    return `${this.container(target).realName}:${alias ?? target}`;
  }

  /** `docker network connect NETWORK CONTAINER`: a network where the container belongs is the two swapped. */
  private checkArgumentOrder(call: "connect" | "disconnect", network: string, container: string): void {
    const isContainer = (name: string) => this.claimed.has(`container:${name}`);
    const isNetwork = (name: string) => this.claimed.has(`network:${name}`) || BUILTIN_NETWORKS.has(name) || name === "default";
    if (isContainer(container) || !isNetwork(container)) return;
    throw new NetlabError("swappedArguments", { call, network, container, both: isContainer(network) });
  }

  /** Marks a call under way until the returned function is called. */
  private track(key: string): () => void {
    this.underWay.add(key);
    return () => this.underWay.delete(key);
  }

  private claimName(kind: "container" | "network", name: string): void {
    if (!isValidPlainName(name)) throw new NetlabError("invalidName", { name });
    const key = `${kind}:${name}`;
    if (this.claimed.has(key) || (kind === "network" && BUILTIN_NETWORKS.has(name))) {
      throw new NetlabError("nameTaken", { kind, name });
    }
    // Claimed at once, so that two concurrent calls with one name do not both go ahead.
    this.claimed.add(key);
    this.touched = true;
  }

  private checkOpen(action: string): void {
    if (this.closed) throw new NetlabError("labClosed", { action });
  }
}

/** "172.17.0.1/16" lies in the network's IPv4 subnet. */
function inSubnet(facts: NetworkFacts, address: string): boolean {
  const cidr = facts.ipv4 ? parseCidr(facts.ipv4.subnet) : undefined;
  return cidr !== undefined && contains(cidr, address.split("/")[0] ?? "");
}
