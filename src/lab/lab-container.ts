import type Dockerode from "dockerode";
import { NetlabError } from "../errors";
import { inspectContainer, removeContainer, stopContainer } from "../runtime/containers";
import type { ExecResult, RunningContainer } from "../runtime/exec";
import { readEndpoints } from "../runtime/shapes/container-endpoints";
import { hostPortOf } from "../runtime/shapes/published-ports";
import type { Lab } from "./lab";

/** One address of a container on one network, as `docker inspect` reports it. */
export interface ContainerAddress {
  /** The learner's name of the network ("bridge", "diynetwork"). */
  network: string;
  ip: string;
  prefixLength: number;
  gateway: string;
}

/**
 * How long a `docker exec` may take when the caller sets no bound: the probes' commands end by
 * themselves within 2 s (ping -W, nc -w), so this bounds the engine, not the command. Creating and
 * starting one exec took over 5 s with two selftests on one engine (load 30): a tight bound there
 * failed a probe that had an answer coming. An engine that does not answer still ends it, within this.
 */
const EXEC_BOUND_MS = 30_000;

/** A container a Lab started. Holds the learner's name and the engine's. */
export class LabContainer {
  // Private for real (#): learner code gets the Lab's bounded calls, never the engine's handle.
  readonly #running: RunningContainer;

  constructor(
    /** The Lab that started it: probes resolve names and check targets through it. */
    readonly lab: Lab,
    /** The learner's name: "c1". */
    readonly name: string,
    /** The engine's name: "nl-<run>-<lab>-c1". */
    readonly realName: string,
    running: RunningContainer,
  ) {
    this.#running = running;
  }

  get id(): string {
    return this.#running.id;
  }

  /** docker exec NAME sh -c "..." (or an argv array), bounded by timeoutMs. */
  async exec(command: string | string[], timeoutMs = EXEC_BOUND_MS): Promise<ExecResult> {
    const argv = typeof command === "string" ? ["sh", "-c", command] : command;
    const result = await this.#running.exec(argv, timeoutMs).catch(async (err: unknown) => {
      // The engine's words for it differ by engine and version: what the engine says of the container decides.
      const running = await this.inspect().then(
        (info) => info.State.Running,
        () => true,
      );
      if (!running) throw new NetlabError("containerNotRunning", { container: this.name, command: argv.join(" ") });
      throw err;
    });
    if (result === "timeout") {
      throw new NetlabError("execTimeout", { command: argv.join(" "), container: this.name, seconds: timeoutMs / 1000 });
    }
    return result;
  }

  /** docker inspect NAME (always fresh: networks may have been connected since). */
  inspect(): Promise<Dockerode.ContainerInspectInfo> {
    return inspectContainer(this.realName);
  }

  /** The container's addresses, one per network it is attached to (docker inspect .NetworkSettings.Networks). */
  async addresses(): Promise<ContainerAddress[]> {
    const endpoints = readEndpoints(await this.inspect()).filter((ep) => ep.ip);
    return Promise.all(
      endpoints.map(async (ep) => ({
        network: await this.lab.learnerNetworkName(ep),
        ip: ep.ip ?? "",
        prefixLength: ep.prefixLength ?? 0,
        gateway: ep.gateway ?? "",
      })),
    );
  }

  /** The address on one network (the only one when there is one). */
  async ip(network?: string): Promise<string | undefined> {
    const all = await this.addresses();
    return (network ? all.find((a) => a.network === network) : all[0])?.ip;
  }

  /** The host port that a published container port landed on (docker port NAME PORT: IPv4 first). */
  async hostPort(containerPort: number): Promise<number | undefined> {
    const info = await this.inspect();
    return hostPortOf(info.NetworkSettings.Ports, containerPort);
  }

  /** docker stop -t 0 NAME */
  stop(): Promise<void> {
    return stopContainer(this.realName, 0);
  }

  /** docker rm -f NAME */
  remove(): Promise<void> {
    return removeContainer(this.realName);
  }
}
