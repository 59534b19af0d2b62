import type { LabContainer } from "../lab/lab-container";
import { NetlabError } from "../errors";
import { assertLabTarget } from "./lab-targets";
import { readPing } from "./read-ping";

/** What one ping from a container to a name or address showed. */
export interface ReachResult {
  from: string;
  target: string;
  /** The name resolved (always true for an address). */
  resolved: boolean;
  /** The address the name resolved to. */
  address?: string;
  /** An echo reply came back within the bound. */
  replied: boolean;
  /** ping's own output, for messages. */
  output: string;
}

export interface ReachOptions {
  /** Seconds to wait for the echo reply (default 1). */
  waitSeconds?: number;
  /**
   * A reply counts only if a second ping 300 ms later also gets one. For checks that expect
   * isolation: whenever any network is created, Docker deletes and re-inserts its isolation jump
   * rules in the FORWARD chain, and a packet sent in that instant passes (seen here while parallel
   * tests made networks). Real connectivity answers twice; a one-off answer is the engine's.
   */
  confirm?: boolean;
}

/**
 * `docker exec FROM ping -c 1 -W 1 TARGET`: one echo request, one second to answer. Tells "the name
 * does not resolve" (ping: bad address) apart from "resolves, but no reply". Bounded to ~1 s for a
 * silent target; a name that does not resolve fails within a second (lab DNS ends on loopback).
 */
export async function probeReach(from: LabContainer, target: string, options: ReachOptions = {}): Promise<ReachResult> {
  const first = await pingOnce(from, target, options.waitSeconds ?? 1);
  if (!options.confirm || !first.replied) return first;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return pingOnce(from, target, options.waitSeconds ?? 1);
}

async function pingOnce(from: LabContainer, target: string, waitSeconds: number): Promise<ReachResult> {
  await assertLabTarget(from.lab, target);
  const { stdout, stderr, exitCode } = await from.exec(["ping", "-c", "1", "-W", String(waitSeconds), target], (waitSeconds + 4) * 1000);
  const output = `${stdout}${stderr}`.trim();
  const seen = readPing(output, exitCode, target);
  if (seen.kind === "broken") throw new NetlabError("probeBroken", { tool: `ping ${target}`, container: from.name, output: seen.output });
  // Silence counts only if ping can get an answer at all from here: its own loopback must answer.
  if (seen.kind === "silent") await assertPingWorks(from);
  return { from: from.name, target, resolved: seen.kind !== "unresolved", address: seen.kind === "unresolved" ? undefined : seen.address, replied: seen.kind === "replied", output };
}

async function assertPingWorks(from: LabContainer): Promise<void> {
  const control = await from.exec(["ping", "-c", "1", "-W", "1", "127.0.0.1"], 5000);
  const output = `${control.stdout}${control.stderr}`.trim();
  if (readPing(output, control.exitCode, "127.0.0.1").kind !== "replied") {
    throw new NetlabError("probeBroken", { tool: "ping 127.0.0.1", container: from.name, output: output.split("\n").slice(-1)[0] ?? output });
  }
}
