import type { LabContainer } from "../lab/lab-container";
import { readPing, type PingSeen } from "./read-ping";
import { execScript, inHalfTheBound, readMarked, seconds, since, waitedTheBound } from "./short-bound";

/**
 * One echo request to an address, where silence may count after a fraction of a second, and the
 * control that lets it. busybox ping's -W takes whole seconds, and busybox timeout looks at its
 * child once a second (`timeout -s INT 0.3 ping ...` takes 1 s on 1.35), so the container's own
 * shell interrupts ping after `boundMs` (on SIGINT ping prints its statistics: "0 packets received").
 *
 * Silence that short counts only if all of these hold:
 * - the interrupt came no earlier than the bound, by the container's clock (/proc/uptime, 10 ms
 *   steps): a `sleep` that took no fractions would otherwise end the wait at once;
 * - a control ping to the container's own loopback, started at the same moment, answered, and the
 *   script saw it end within half the bound (the clock's step counted against it);
 * - just before the interrupt, the target ping's socket had no packet waiting to be read
 *   (/proc/net/raw's rx_queue): a reply that reached the container but that a starved ping had not
 *   read yet would otherwise be lost to the interrupt and read as silence.
 * Otherwise the verdict is `unsure` and the caller waits the full bound.
 *
 * Why that keeps it honest: a reply that exists and comes late is a starved ping or a starved
 * kernel (a loaded machine, a throttled container). A starved ping is what the queue shows. A lab's
 * paths are veths and bridges with no queue or link of their own, so what delays their packets in
 * the kernel delays the control's too: the same CPU share, the same softirq backlog that veth and
 * loopback packets both go through; and the target had twice the time the control needed. What the
 * control does not share is a path's own delay (a netem qdisc, a real link), which no lab has:
 * scripts/measure-negative-probes.ts measures the round trips (docs/performance.md).
 *
 * Why not a second short probe instead: two silences are not two pieces of evidence when their
 * cause is shared. A machine slow enough to make one reply late makes the next one late too; the
 * control and the queue ask the question that matters: could this ping have seen an answer in time?
 */
const SCRIPT = [
  // The ping that `docker exec C ping` would run, found on PATH: busybox sh would run its own
  // applet even where the container has no ping, and then this probe would not be the plain one's.
  "p=$(which ping) || exit 127",
  "read s _ </proc/uptime",
  '"$p" -c 1 -W 1 "$1" 2>&1 & t=$!',
  '"$p" -c 1 -W 1 127.0.0.1 >&2 2>&1 & c=$!',
  '{ sleep "$3"; kill -INT $c; } >/dev/null 2>&1 &',
  // Before the interrupt: is a packet waiting in the target ping's socket? Its inode from
  // /proc/PID/fd, its rx_queue from /proc/net/raw (the 5th field, tx:rx in hex; the 10th, the inode).
  // A raw socket gets every ICMP packet of the container, a sibling probe's too: a ping that is not
  // starved reads it within moments, so a queue is looked at again, up to 5 times 10 ms, before it
  // counts. Left empty, "not known", when the socket or the file cannot be read.
  '{ sleep "$2"; n=',
  '  for f in /proc/$t/fd/*; do l=$(readlink "$f"); case $l in socket:*) n=${l#socket:?}; n=${n%?} ;; esac; done',
  "  for _ in 1 2 3 4 5; do q=",
  '    [ -n "$n" ] && while read -r _ _ _ _ x _ _ _ _ i _; do [ "$i" = "$n" ] && case $x in *:00000000) q=0 ;; *) q=1 ;; esac; done </proc/net/raw',
  '    [ "$q" = 1 ] || break; sleep 0.01',
  "  done",
  '  read k _ </proc/uptime; echo "netlab-interrupt at=$k queued=$q"; kill -INT $t; } 2>/dev/null &',
  "wait $c; ce=$?; read ec _ </proc/uptime",
  "wait $t; te=$?; read et _ </proc/uptime",
  // The sleepers too: nothing is left behind in the container (its PID 1 reaps no orphans).
  "wait",
  'echo "netlab-control exit=$ce start=$s end=$ec" >&2',
  'echo "netlab-target exit=$te start=$s end=$et"',
].join("\n");

const INTERRUPT = /^netlab-interrupt at=([\d.]*) queued=(\d?)\n?/m;

type QuickVerdict = "replied" | "silent" | "unsure";

export interface QuickPing {
  /** replied: the target answered; silent: it did not, and all three checks above hold; unsure: anything else. */
  verdict: QuickVerdict;
  target: PingSeen;
  control: PingSeen;
  /** The target ping's output (the control's is in `controlOutput`). */
  output: string;
  controlOutput: string;
  /** When each ping ended and the target was interrupted, ms after the script started (10 ms steps: /proc/uptime). */
  targetEndMs?: number;
  controlEndMs?: number;
  interruptMs?: number;
  /** The target ping's socket had a packet waiting just before the interrupt (undefined: not known, or no interrupt). */
  queued?: boolean;
}

/** `ping ADDRESS` and `ping 127.0.0.1` together in FROM, the target interrupted after boundMs, the control after half of it. */
export async function quickPing(from: LabContainer, address: string, boundMs: number): Promise<QuickPing> {
  const argv = ["sh", "-c", SCRIPT, "sh", address, seconds(boundMs), seconds(boundMs / 2)];
  const result = await execScript(from, argv, boundMs);
  if (!result) return readQuickPing("", "", address, boundMs);
  return readQuickPing(result.stdout, result.stderr, address, boundMs);
}

/** Reads the script's two outputs: the target's on stdout, the control's on stderr, each ended by its marker line. */
export function readQuickPing(stdout: string, stderr: string, address: string, boundMs: number): QuickPing {
  const interrupt = INTERRUPT.exec(stdout);
  const target = section(stdout.replace(INTERRUPT, ""), "target", address);
  const control = section(stderr, "control", "127.0.0.1");
  const interruptMs = interrupt && target.start !== undefined ? since(target.start, interrupt[1]) : undefined;
  const controlInTime = control.seen.kind === "replied" && inHalfTheBound(control.endMs, boundMs);
  const queued = interrupt?.[2] ? interrupt[2] !== "0" : undefined;
  const verdict: QuickVerdict = target.seen.kind === "replied" ? "replied" : target.seen.kind === "silent" && waitedTheBound(interruptMs, boundMs) && controlInTime && queued === false ? "silent" : "unsure";
  return { verdict, target: target.seen, control: control.seen, output: target.output, controlOutput: control.output, targetEndMs: target.endMs, controlEndMs: control.endMs, interruptMs, queued };
}

function section(text: string, which: "control" | "target", address: string): { seen: PingSeen; output: string; start?: string; endMs?: number } {
  const marked = readMarked(text, which);
  // No marker: the script did not run to its end (no ping on PATH, no sh, an exec that failed); the ping proves nothing.
  if (!marked) return { seen: { kind: "broken", output: text.trim().split("\n").filter(Boolean).slice(-1)[0] ?? "no output" }, output: text.trim() };
  return { seen: readPing(marked.output, marked.exitCode, address), output: marked.output, start: marked.start, endMs: marked.endMs };
}
