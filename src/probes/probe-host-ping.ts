import { promise as ping } from "ping";
import type { Lab } from "../lab/lab";
import { assertLabTarget } from "./lab-targets";

/** What one ping from the Docker host to a lab container showed. */
export interface HostPingResult {
  status: "replied" | "silent";
  target: string;
  output: string;
}

/**
 * `ping -c 1 -W 1 ADDRESS` from this host (the `ping` package, the system's ping) to a lab
 * container's address. Asked only where the run's engine profile says this machine is the engine's
 * network host (testNeeding("hostIsNetworkHost")): elsewhere the address does not route from here.
 */
export async function probeHostPing(lab: Lab, address: string): Promise<HostPingResult> {
  await assertLabTarget(lab, address);
  const reply = await ping.probe(address, { timeout: 1, min_reply: 1, deadline: 2 });
  return { status: reply.alive ? "replied" : "silent", target: address, output: reply.output };
}
