import type Dockerode from "dockerode";
import { inspectNetwork } from "../runtime/networks";
import { readNetwork } from "../runtime/shapes/network-facts";

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

  /** The IPv4 subnet and gateway the engine gave (or was told to give) this network, wherever IPAM lists it. */
  async ipam(): Promise<{ subnet?: string; gateway?: string }> {
    const { ipv4 } = readNetwork(await this.inspect());
    return { subnet: ipv4?.subnet, gateway: ipv4?.gateway };
  }
}
