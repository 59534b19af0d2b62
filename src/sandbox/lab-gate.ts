import { NetlabError } from "../errors";
import type { Lab, NetworkOptions, RunOptions } from "../lab/lab";
import { assertLabTarget } from "../probes/lab-targets";
import { CALL_BOUNDS, pingTarget, refuseExec, refuseRunCommand } from "./allowed-calls";

/** A Lab request from the sandbox: a method name and JSON arguments. */
export interface LabRequest {
  method: string;
  args: unknown[];
}

/**
 * The grader's side of the sandbox's only channel: each request is checked (known method, plain
 * arguments, the course's programs only, bounded counts) and performed on the real Lab; the answer
 * is plain data. Nothing else of the grader is reachable from the sandbox.
 */
export class LabGate {
  private readonly counts = { containers: 0, networks: 0, execs: 0, requests: 0 };
  private readonly hostNetworked = new Set<string>();

  constructor(private readonly lab: Lab) {}

  async perform(request: LabRequest): Promise<unknown> {
    this.count("requests");
    const args = Array.isArray(request.args) ? request.args : [];
    const text = (i: number) => {
      const value = args[i];
      if (typeof value !== "string") throw this.refuse(request.method, `argument ${i + 1} must be a name (a string)`);
      return value;
    };
    const lab = this.lab;
    switch (request.method) {
      case "run": {
        const options = this.runOptions(args[1]);
        this.count("containers");
        if (options.network === "host") this.hostNetworked.add(text(0));
        await lab.run(text(0), options);
        return undefined;
      }
      case "createNetwork":
        this.count("networks");
        await lab.createNetwork(text(0), this.networkOptions(args[1]));
        return undefined;
      case "connect":
        return lab.connect(text(0), text(1));
      case "disconnect":
        return lab.disconnect(text(0), text(1));
      case "rm":
        return lab.rm(text(0));
      case "inspectNetwork":
        return lab.inspectNetwork(text(0));
      case "networkIpam":
        return lab.networkIpam(text(0));
      case "freeSubnet":
        return lab.freeSubnet();
      case "hostView":
        await lab.hostView();
        return undefined;
      case "hostView.interfaces":
        return (await lab.hostView()).interfaces();
      case "hostView.routes":
        return (await lab.hostView()).routes();
      case "hostView.byIndex":
        return (await lab.hostView()).byIndex(Number(args[0]));
      case "hostView.exec":
        return (await lab.hostView()).exec(await this.command(request.method, args[0], true, undefined));
      case "container.exec": {
        const name = text(0);
        const command = await this.command(request.method, args[1], this.hostNetworked.has(name), name);
        return lab.container(name).exec(command, typeof args[2] === "number" ? Math.min(args[2], 30_000) : undefined);
      }
      case "container.inspect":
        return lab.container(text(0)).inspect();
      case "container.addresses":
        return lab.container(text(0)).addresses();
      case "container.ip":
        return lab.container(text(0)).ip(args[1] === undefined || args[1] === null ? undefined : text(1));
      case "container.hostPort":
        return lab.container(text(0)).hostPort(Number(args[1]));
      case "container.stop":
        return lab.container(text(0)).stop();
      case "container.remove":
        return lab.rm(text(0));
      default:
        throw this.refuse(String(request.method), "the Lab has no such call");
    }
  }

  private runOptions(raw: unknown): RunOptions {
    const o = (raw ?? {}) as Record<string, unknown>;
    if (typeof o !== "object") throw this.refuse("run", "options are an object");
    const unknownKey = Object.keys(o).find((k) => !["network", "links", "publish", "env", "command"].includes(k) && o[k] !== null);
    if (unknownKey) throw this.refuse("run", `"${unknownKey}" is not an option of lab.run`);
    const why = refuseRunCommand(o.command ?? undefined);
    if (why) throw this.refuse("run", why);
    const strings = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.every((x) => typeof x === "string"));
    if (!strings(o.links)) throw this.refuse("run", "links are names");
    if (o.network !== undefined && o.network !== null && typeof o.network !== "string") throw this.refuse("run", "network is a name");
    const env = o.env ?? undefined;
    if (env !== undefined && (typeof env !== "object" || Object.values(env as object).some((v) => typeof v !== "string"))) throw this.refuse("run", "env maps names to strings");
    const publish = Array.isArray(o.publish) ? (o.publish as unknown[]).map((p) => (typeof p === "string" || typeof p === "number" ? p : { host: Number((p as { host?: unknown }).host), container: Number((p as { container?: unknown }).container) })) : undefined;
    return {
      network: (o.network as string | null) ?? undefined,
      links: (o.links as string[] | null) ?? undefined,
      publish,
      env: env as Record<string, string> | undefined,
      command: (o.command as string[] | null) ?? undefined,
    };
  }

  private networkOptions(raw: unknown): NetworkOptions {
    const o = (raw ?? {}) as Record<string, unknown>;
    const value = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : undefined);
    if (o.driver !== undefined && o.driver !== null && o.driver !== "bridge") throw this.refuse("createNetwork", "the course's networks use the bridge driver");
    return { driver: value("driver"), subnet: value("subnet"), gateway: value("gateway") };
  }

  private async command(call: string, raw: unknown, hostNetwork: boolean, container: string | undefined): Promise<string[]> {
    this.count("execs");
    const why = refuseExec(raw, hostNetwork);
    if (why) throw this.refuse(call, why);
    const command = raw as string[];
    // ping only what the run itself made: its containers' names and addresses, or loopback.
    if (command[0] === "ping" && container !== undefined) await assertLabTarget(this.lab, pingTarget(command.slice(1)) ?? "");
    return command;
  }

  private count(what: keyof typeof CALL_BOUNDS): void {
    this.counts[what] += 1;
    if (this.counts[what] > CALL_BOUNDS[what]) throw this.refuse(what, `more than ${CALL_BOUNDS[what]} in one exercise`);
  }

  private refuse(call: string, why: string): NetlabError {
    return new NetlabError("sandboxRefused", { call, why });
  }
}
