import { promise as ping } from "ping";
import type { Lab } from "../lab/lab";
import { t } from "../messages/translate";
import { engineIsLocal } from "./engine-locality";
import { assertLabTarget } from "./lab-targets";

/** What one ping from the Docker host to a lab container showed, or why it was not sent. */
export type HostPingResult =
  | { status: "replied" | "silent"; target: string; output: string }
  | { status: "skipped"; target: string; reason: string };

/**
 * `ping -c 1 -W 1 ADDRESS` from this host (the `ping` package, the system's ping) to a lab
 * container's address. Sent only where the engine is native on this host (the bridge gateway is one
 * of our addresses); elsewhere the container is not routable from here and the result says why.
 */
export async function probeHostPing(lab: Lab, address: string, gateway: string): Promise<HostPingResult> {
  await assertLabTarget(lab, address);
  if (!engineIsLocal(gateway)) return { status: "skipped", target: address, reason: t("engineNotLocal", { gateway }) };
  const reply = await ping.probe(address, { timeout: 1, min_reply: 1, deadline: 2 });
  return { status: reply.alive ? "replied" : "silent", target: address, output: reply.output };
}
