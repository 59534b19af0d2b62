import type { LabContainer } from "../lab/lab-container";
import { assertLabTarget, isAddress } from "./lab-targets";

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
  const header = /^PING \S+ \((\d+\.\d+\.\d+\.\d+)\)/m.exec(output);
  return {
    from: from.name,
    target,
    resolved: isAddress(target) || header !== null,
    address: header?.[1] ?? (isAddress(target) ? target : undefined),
    replied: exitCode === 0 && /\b1 packets received\b/.test(output),
    output,
  };
}
