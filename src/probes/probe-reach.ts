import type { LabContainer } from "../lab/lab-container";
import { NetlabError } from "../errors";
import { assertLabTarget, isAddress } from "./lab-targets";
import { quickPing } from "./quick-ping";
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
  /** For silence: how long ping waited for the reply that did not come (ms): silenceMs when the short probe could tell, else waitSeconds. */
  silentForMs?: number;
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
  /**
   * Silence may count after this many ms instead of waitSeconds, for an address: when a control ping
   * to the container's own loopback, sent at the same moment, answered within half of it, and no
   * reply sat unread in the target ping's socket at the interrupt (quick-ping.ts says why that keeps
   * the silence honest). Otherwise the probe waits waitSeconds, as without it.
   */
  silenceMs?: number;
}

/** The short bound of `.not.toReach`: measured by scripts/measure-negative-probes.ts (docs/performance.md). */
export const SHORT_SILENCE_MS = 300;

/**
 * `docker exec FROM ping -c 1 -W 1 TARGET`: one echo request, one second to answer. Tells "the name
 * does not resolve" (ping: bad address) apart from "resolves, but no reply". Bounded to ~1 s for a
 * silent target (~silenceMs with `silenceMs`, when its control answers); a name that does not
 * resolve fails within a second (lab DNS ends on loopback).
 */
export async function probeReach(from: LabContainer, target: string, options: ReachOptions = {}): Promise<ReachResult> {
  const waitSeconds = options.waitSeconds ?? 1;
  const once = () => (options.silenceMs !== undefined && isAddress(target) ? pingQuickly(from, target, options.silenceMs, waitSeconds) : pingOnce(from, target, waitSeconds));
  const first = await once();
  if (!options.confirm || !first.replied) return first;
  await new Promise((resolve) => setTimeout(resolve, 300));
  return once();
}

/**
 * Only for an address: a name would be resolved inside the bound (the embedded DNS, slow when the
 * engine is), so the echo request could leave just before the interrupt. An address's request
 * leaves as ping starts, at the moment the control's does.
 */
async function pingQuickly(from: LabContainer, address: string, silenceMs: number, waitSeconds: number): Promise<ReachResult> {
  await assertLabTarget(from.lab, address);
  const quick = await quickPing(from, address, silenceMs);
  if (quick.verdict === "unsure") return pingOnce(from, address, waitSeconds);
  const replied = quick.verdict === "replied";
  return { from: from.name, target: address, resolved: true, address, replied, silentForMs: replied ? undefined : silenceMs, output: quick.output };
}

async function pingOnce(from: LabContainer, target: string, waitSeconds: number): Promise<ReachResult> {
  await assertLabTarget(from.lab, target);
  const { stdout, stderr, exitCode } = await from.exec(["ping", "-c", "1", "-W", String(waitSeconds), target]);
  const output = `${stdout}${stderr}`.trim();
  const seen = readPing(output, exitCode, target);
  if (seen.kind === "broken") throw new NetlabError("probeBroken", { tool: `ping ${target}`, container: from.name, output: seen.output });
  // Silence counts only if ping can get an answer at all from here: its own loopback must answer.
  if (seen.kind === "silent") await assertPingWorks(from);
  const silentForMs = seen.kind === "silent" ? waitSeconds * 1000 : undefined;
  return { from: from.name, target, resolved: seen.kind !== "unresolved", address: seen.kind === "unresolved" ? undefined : seen.address, replied: seen.kind === "replied", silentForMs, output };
}

async function assertPingWorks(from: LabContainer): Promise<void> {
  const control = await from.exec(["ping", "-c", "1", "-W", "1", "127.0.0.1"]);
  const output = `${control.stdout}${control.stderr}`.trim();
  if (readPing(output, control.exitCode, "127.0.0.1").kind !== "replied") {
    throw new NetlabError("probeBroken", { tool: "ping 127.0.0.1", container: from.name, output: output.split("\n").slice(-1)[0] ?? output });
  }
}
