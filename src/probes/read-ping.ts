import { isAddress } from "./lab-targets";

/** What busybox (or iputils) ping said, told apart: an answer, silence, no such name, or a ping that could not run. */
export type PingSeen =
  | { kind: "replied" | "silent"; address: string }
  | { kind: "unresolved" }
  | { kind: "broken"; output: string };

export function readPing(output: string, exitCode: number, target: string): PingSeen {
  const header = /^PING \S+ \((\d+\.\d+\.\d+\.\d+)\)/m.exec(output);
  const address = header?.[1] ?? (isAddress(target) ? target : undefined);
  if (exitCode === 0 && /\b1 packets received\b/.test(output) && address) return { kind: "replied", address };
  // "bad address 'c2'" (busybox), "Name or service not known" / "Temporary failure in name resolution" (iputils).
  if (!header && /bad address|not known|failure in name resolution/i.test(output)) return { kind: "unresolved" };
  // Sent and unanswered: ping's own statistics say so. Anything else (permission denied without NET_RAW, no ping) proves nothing.
  if (header && address && /\b0 (packets )?received\b/.test(output)) return { kind: "silent", address };
  return { kind: "broken", output: output.split("\n").filter(Boolean).slice(-1)[0] ?? `exit code ${exitCode}` };
}
