import type Dockerode from "dockerode";
import { inspectNetwork } from "../runtime/networks";

/** A network a Lab created (docker network create). */
export class LabNetwork {
  constructor(
    /** The learner's name: "diynetwork". */
    readonly name: string,
    /** The engine's name: "nl-<run>-<lab>-diynetwork". */
    readonly realName: string,
    readonly id: string,
  ) {}

  /** docker network inspect NAME */
  inspect(): Promise<Dockerode.NetworkInspectInfo> {
    return inspectNetwork(this.id);
  }

  /** The subnet and gateway the engine gave (or was told to give) this network. */
  async ipam(): Promise<{ subnet?: string; gateway?: string }> {
    const info = await this.inspect();
    const config = info.IPAM?.Config?.[0];
    return { subnet: config?.Subnet, gateway: config?.Gateway };
  }

  /** The Linux bridge behind it on the Docker host: br-<first 12 of the id> (docker0 for "bridge"). */
  get bridgeName(): string {
    return `br-${this.id.slice(0, 12)}`;
  }
}
