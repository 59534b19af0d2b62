import { execFile } from "node:child_process";
import { t } from "../messages/translate";
import { engineIsLocal } from "./engine-locality";

/** The host's outbound NAT rule for a bridge subnet, or why it could not be read. */
export type MasqueradeResult =
  | { status: "found"; rule: string }
  | { status: "missing"; rules: string[] }
  | { status: "skipped"; reason: string };

/**
 * `iptables -t nat -S POSTROUTING` on this host: is there "-s SUBNET ! -o BRIDGE -j MASQUERADE", the
 * rule that rewrites a container's address to the host's on the way out? Reads rules only, sends
 * nothing. Skipped (with the reason) where the engine is not on this host or iptables cannot be read.
 */
export async function probeMasquerade(subnet: string, bridge: string, gateway: string): Promise<MasqueradeResult> {
  if (!engineIsLocal(gateway)) return { status: "skipped", reason: t("engineNotLocal", { gateway }) };
  const listed = await new Promise<{ ok: true; text: string } | { ok: false; cause: string }>((resolve) => {
    // -w 2: wait up to 2 s for the xtables lock, which dockerd holds while it changes rules.
    execFile("iptables", ["-w", "2", "-t", "nat", "-S", "POSTROUTING"], { timeout: 5000 }, (err, stdout, stderr) => {
      if (err) resolve({ ok: false, cause: `${stderr || err.message}`.trim().split("\n")[0] ?? "" });
      else resolve({ ok: true, text: stdout });
    });
  });
  if (!listed.ok) return { status: "skipped", reason: t("iptablesUnreadable", { cause: listed.cause }) };
  return findMasquerade(listed.text, subnet, bridge);
}

/** The MASQUERADE rule for SUBNET leaving by any interface but BRIDGE, in `iptables -S` output. */
export function findMasquerade(iptablesS: string, subnet: string, bridge: string): MasqueradeResult {
  const rules = iptablesS.split("\n").filter((line) => line.startsWith("-A POSTROUTING"));
  const rule = rules.find((line) => {
    const words = line.trim().split(/\s+/);
    const after = (flag: string) => words[words.indexOf(flag) + 1];
    return after("-s") === subnet && words.includes("!") && after("-o") === bridge && after("-j") === "MASQUERADE";
  });
  return rule ? { status: "found", rule } : { status: "missing", rules };
}
