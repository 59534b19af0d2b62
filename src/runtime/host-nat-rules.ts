import { execFile } from "node:child_process";

/** The host's NAT rules as the engine's firewall backend keeps them. */
export type NatRules = { format: "iptables" | "nft"; text: string };

/**
 * Lists this host's NAT rules, read only: `iptables -t nat -S` (Docker's iptables backend, Podman's
 * netavark) or, for Docker's nftables backend (Engine 29, opt-in), `nft list table ip docker-bridges`,
 * where `iptables -t nat` shows nothing of Docker's. Needs root; says why when it cannot.
 */
export async function readNatRules(firewall: "iptables" | "nftables" | "unknown"): Promise<NatRules | { failed: string }> {
  if (firewall === "nftables") {
    const nft = await run("nft", ["list", "table", "ip", "docker-bridges"]);
    return "failed" in nft ? nft : { format: "nft", text: nft.text };
  }
  // -w 2: wait up to 2 s for the xtables lock, which the engine holds while it changes rules.
  const listed = await run("iptables", ["-w", "2", "-t", "nat", "-S"]);
  return "failed" in listed ? listed : { format: "iptables", text: listed.text };
}

function run(command: string, args: string[]): Promise<{ text: string } | { failed: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { timeout: 5000 }, (err, stdout, stderr) => {
      if (err) resolve({ failed: `${command} ${args.join(" ")}: ${`${stderr || err.message}`.trim().split("\n")[0] ?? ""}` });
      else resolve({ text: stdout });
    });
  });
}

/** The rule that rewrites SUBNET's source address on the way out, or the rules seen instead. */
export type MasqueradeFinding = { status: "found"; rule: string } | { status: "missing"; rules: string[] };

/**
 * Docker (iptables): `-A POSTROUTING -s SUBNET ! -o BRIDGE -j MASQUERADE`. Docker (nftables):
 * `oifname != "BRIDGE" ip saddr SUBNET ... masquerade`. Podman's netavark: `-A POSTROUTING -s SUBNET
 * -j NETAVARK-...`, a chain that accepts the subnet's own traffic and masquerades the rest. When the
 * engine names no bridge (Podman), any of these forms for the subnet counts.
 */
export function findMasquerade(rules: NatRules, subnet: string, bridge: string | undefined): MasqueradeFinding {
  return rules.format === "nft" ? findInNft(rules.text, subnet, bridge) : findInIptables(rules.text, subnet, bridge);
}

function findInIptables(text: string, subnet: string, bridge: string | undefined): MasqueradeFinding {
  const lines = text.split("\n").map((line) => line.trim());
  const postrouting = lines.filter((line) => line.startsWith("-A POSTROUTING"));
  const chainMasquerades = (chain: string) => lines.some((line) => line.startsWith(`-A ${chain} `) && / -j MASQUERADE\b/.test(line));
  const rule = postrouting.find((line) => {
    const words = line.split(/\s+/);
    const after = (flag: string) => words[words.indexOf(flag) + 1];
    if (after("-s") !== subnet) return false;
    const target = after("-j") ?? "";
    const outBridge = words.includes("!") && after("-o") === bridge;
    if (target === "MASQUERADE") return bridge === undefined || outBridge;
    return target !== "" && chainMasquerades(target);
  });
  return rule ? { status: "found", rule } : { status: "missing", rules: postrouting };
}

function findInNft(text: string, subnet: string, bridge: string | undefined): MasqueradeFinding {
  const lines = text.split("\n").map((line) => line.trim());
  const masquerades = lines.filter((line) => /\bmasquerade\b/.test(line));
  const rule = masquerades.find((line) => line.includes(`ip saddr ${subnet}`) && (bridge === undefined || line.includes(`oifname != "${bridge}"`)));
  return rule ? { status: "found", rule } : { status: "missing", rules: masquerades };
}
