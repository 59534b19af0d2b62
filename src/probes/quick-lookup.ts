import type { LabContainer } from "../lab/lab-container";
import { readPing } from "./read-ping";
import { execScript, inHalfTheBound, readMarked, seconds, since, waitedTheBound } from "./short-bound";

/**
 * A name lookup, the way `ping NAME` does it (/etc/hosts, then the DNS in resolv.conf), where "no
 * answer" may count after a fraction of a second, and the control that lets it. The DNS of a
 * user-defined network answers the names it knows at once; a name it does not know it forwards, and
 * Docker 20.10's embedded DNS then sends nothing back (lab containers' upstream is their own
 * loopback), so the resolver waits out its `timeout:1`. That second is what this probe saves.
 *
 * "Unanswered" counts only if all of these hold:
 * - the container's clock says the target was stopped no earlier than the bound;
 * - a control lookup of the container's own name, sent at the same moment to the first nameserver
 *   of its resolv.conf (the server ping asks first), got its address back within half the bound: the
 *   DNS answers a name it knows, from this container, now;
 * - at half the bound the target's ping already had its lookup's UDP socket (the query was out, so it
 *   had at least the other half, more than the control needed);
 * - at the bound, with ping stopped (SIGSTOP: frozen, it can read nothing more), that socket was still
 *   open and had nothing waiting to be read (/proc/net/udp's rx_queue): an answer that came but that
 *   a starved ping had not read yet would otherwise be lost.
 * Then ping is killed; otherwise it gets SIGINT and goes on, and the verdict is what it printed, or
 * `unsure` and the caller runs the full lookup.
 *
 * Why the signals: a background job of a non-interactive shell ignores SIGINT, and ping installs its
 * own handler only after the name resolved, so SIGINT cannot end a lookup; SIGTERM can, but loses the
 * "PING name (address)" line ping has buffered when the name did resolve. Stopping first makes the
 * decision on a state that cannot change under it.
 *
 * The same argument as quick-ping.ts's: what delays a known name's answer (a loaded engine, a
 * throttled container) delays the control's too; the queue shows a starved ping.
 */
const SCRIPT = [
  "p=$(which ping) || exit 127",
  // The target's sockets (their inodes, from /proc/PID/fd); a: one of them is a UDP socket (the
  // lookup's); q: one of those has something waiting to be read (rx_queue, the 5th field's tx:rx in hex).
  'sockets() { n=; for f in /proc/$t/fd/*; do l=$(readlink "$f"); case $l in socket:*) l=${l#socket:?}; n="$n ${l%?}" ;; esac; done; }',
  'udp() { a=0; q=0; [ -n "$n" ] && while read -r _ _ _ _ x _ _ _ _ i _; do case " $n " in *" $i "*) a=1; case $x in *:00000000) ;; *) q=1 ;; esac ;; esac; done </proc/net/udp; }',
  // A background subshell's own child (its sleep, the control's nslookup): killed, it ends the wait.
  "kids() { cat /proc/$1/task/$1/children 2>/dev/null; }",
  'ns=; while read -r k v _; do [ "$k" = nameserver ] && { ns=$v; break; }; done </etc/resolv.conf',
  "read s _ </proc/uptime",
  '"$p" -c 1 -W 1 "$1" 2>&1 & t=$!',
  // The control writes its own marker: when it ended is its own (the target may end long after).
  '{ if [ -n "$ns" ]; then nslookup "$4" "$ns"; else false; fi; ce=$?; read ec _ </proc/uptime; echo "netlab-control exit=$ce start=$s end=$ec"; } >&2 2>&1 & c=$!',
  '{ trap "exit 0" USR1; sleep "$3"; sockets; udp; read k _ </proc/uptime; echo "netlab-asked at=$k asking=$a"; kill -KILL $(kids $c); } 2>/dev/null & h=$!',
  '{ trap "exit 0" USR1; sleep "$2"; kill -STOP $t; sockets; udp; read k _ </proc/uptime; echo "netlab-interrupt at=$k asking=$a queued=$q"',
  '  if [ "$a" = 1 ] && [ "$q" = 0 ]; then kill -KILL $t; else kill -INT $t; fi; kill -CONT $t; } 2>/dev/null & b=$!',
  "wait $t; te=$?; read et _ </proc/uptime",
  // Ping is done (an address, or the resolver's no): nothing is left to wait for. USR1 first, so
  // that a sleeper whose sleep is killed exits instead of acting; then the sleeps and the control.
  "{ kill -USR1 $h $b; kill -KILL $(kids $h) $(kids $b) $(kids $c); } 2>/dev/null",
  // All of them, so that nothing is left behind in the container (its PID 1 reaps no orphans).
  "wait",
  'echo "netlab-target exit=$te start=$s end=$et"',
].join("\n");

const ASKED = /^netlab-asked at=([\d.]*) asking=(\d?)\n?/m;
const INTERRUPT = /^netlab-interrupt at=([\d.]*) asking=(\d?) queued=(\d?)\n?/m;

/**
 * resolved: ping printed the address; unresolved: the resolver said no (busybox: "bad address");
 * unanswered: no answer within the bound, and all the checks above hold; unsure: anything else.
 */
type LookupVerdict = "resolved" | "unresolved" | "unanswered" | "unsure";

export interface QuickLookup {
  verdict: LookupVerdict;
  address?: string;
  /** The target ping's output (the control's is in `controlOutput`). */
  output: string;
  controlOutput: string;
  /** The control lookup got the container's own address back. */
  controlAnswered: boolean;
  /** ms after the script started (10 ms steps: /proc/uptime). */
  targetEndMs?: number;
  controlEndMs?: number;
  interruptMs?: number;
  /** The lookup's UDP socket was open at half the bound (the query was out). */
  askingAtHalf?: boolean;
  /** At the bound, ping stopped: its lookup's socket still open, and something waiting in it (undefined: not known). */
  askingAtBound?: boolean;
  queued?: boolean;
}

/** `ping NAME` in FROM beside a lookup of FROM's own name; ping stopped after boundMs. */
export async function quickLookup(from: LabContainer, name: string, boundMs: number): Promise<QuickLookup> {
  const argv = ["sh", "-c", SCRIPT, "sh", name, seconds(boundMs), seconds(boundMs / 2), from.name];
  const result = await execScript(from, argv, boundMs);
  return readQuickLookup(result?.stdout ?? "", result?.stderr ?? "", name, from.name, boundMs);
}

/** Reads the script's two outputs: the target's on stdout (with the asked and interrupt lines), the control's on stderr. */
export function readQuickLookup(stdout: string, stderr: string, name: string, ownName: string, boundMs: number): QuickLookup {
  const asked = ASKED.exec(stdout);
  const interrupt = INTERRUPT.exec(stdout);
  const target = readMarked(stdout.replace(ASKED, "").replace(INTERRUPT, ""), "target");
  const control = readMarked(stderr, "control");
  const controlAnswered = control !== undefined && control.exitCode === 0 && answersWithAddress(control.output, ownName);
  const flag = (v: string | undefined) => (v ? v === "1" : undefined);
  const seen: QuickLookup = {
    verdict: "unsure",
    output: target?.output ?? stdout.trim(),
    controlOutput: control?.output ?? stderr.trim(),
    controlAnswered,
    targetEndMs: target?.endMs,
    controlEndMs: control?.endMs,
    interruptMs: interrupt ? since(target?.start, interrupt[1]) : undefined,
    askingAtHalf: flag(asked?.[2]),
    askingAtBound: flag(interrupt?.[2]),
    queued: flag(interrupt?.[3]),
  };
  if (!target) return seen;
  const ping = readPing(target.output, target.exitCode, name);
  if (ping.kind === "replied" || ping.kind === "silent") return { ...seen, verdict: "resolved", address: ping.address };
  if (ping.kind === "unresolved") return { ...seen, verdict: "unresolved" };
  // Killed by the script (exit 137, nothing printed), and only on the evidence above.
  const killedAsking = target.exitCode === 137 && target.output === "" && seen.askingAtBound === true && seen.queued === false;
  const honest = killedAsking && seen.askingAtHalf === true && waitedTheBound(seen.interruptMs, boundMs) && controlAnswered && inHalfTheBound(seen.controlEndMs, boundMs);
  return { ...seen, verdict: honest ? "unanswered" : "unsure" };
}

/** busybox nslookup's answer for NAME: a "Name:" line for it, then an "Address:" line with an IPv4 address. */
function answersWithAddress(output: string, name: string): boolean {
  const escaped = name.replace(/[.]/g, "\\.");
  return new RegExp(`^Name:\\s+${escaped}\\.?\\s*\\nAddress:\\s*\\d+\\.\\d+\\.\\d+\\.\\d+`, "m").test(output);
}
