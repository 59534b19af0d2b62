// The short negative lookup (src/probes/quick-lookup.ts) that `.not.toResolve` uses, measured as
// scripts/measure-negative-probes.ts measures the short ping: on the same Lab ("a" and "b" on network
// "one", "far" on "two"), from "a".
//   known:   quickLookup a -> "b" (the network's DNS answers it from memory), `count` times; an
//            "unsure" one completed by the full lookup, as probeResolve does. Each "does not
//            resolve" would be a false pass of a name-isolation check.
//   unknown: probeResolve a -> "far" with the matcher's option (far is on no network of a's): each
//            address would be a false failure; the time each took is what a passing check costs.
//            Then a fifth as many with the full lookup (as before the short bound), to compare.
// And three drills with an answer that comes late on purpose (lateDrills): a DNS server of the
// script's own on a's loopback, where the embedded DNS forwards names it does not know.
import { existsSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import type { Lab } from "../../src/lab/lab";
import type { LabContainer } from "../../src/lab/lab-container";
import { probeResolve } from "../../src/probes/probe-resolve";
import { quickLookup, type QuickLookup } from "../../src/probes/quick-lookup";
import { getEngine } from "../../src/runtime/engine";
import { FIND_TARGET_PING, inWorkers, log, percentiles, takeErrors, withLoad } from "./sampling";

const print = (lines: string[]) => process.stdout.write(`${lines.join("\n")}\n`);

interface KnownSample {
  quick: QuickLookup;
  /** After the full lookup where the short one was unsure. */
  resolved: boolean;
  ms: number;
}

async function knownSample(from: LabContainer, name: string, bound: number): Promise<KnownSample> {
  const started = performance.now();
  const quick = await quickLookup(from, name, bound);
  let resolved = quick.verdict === "resolved";
  if (quick.verdict === "unsure") resolved = (await probeResolve(from, name)).address !== undefined;
  return { quick, resolved, ms: performance.now() - started };
}

/** What the matcher does, timed, and whether it fell back to the full lookup. */
async function unknownSample(from: LabContainer, name: string, bound: number): Promise<{ resolved: boolean; fellBack: boolean; ms: number }> {
  const started = performance.now();
  const quick = await quickLookup(from, name, bound);
  const fellBack = quick.verdict === "unsure";
  const resolved = fellBack ? (await probeResolve(from, name)).address !== undefined : quick.verdict === "resolved";
  return { resolved, fellBack, ms: performance.now() - started };
}

const controlInTime = (q: QuickLookup, bound: number) => q.controlAnswered && q.controlEndMs !== undefined && q.controlEndMs + 10 <= bound / 2;

export async function lookupRound(label: string, lab: Lab, count: number, concurrency: number, bound: number): Promise<void> {
  const a = lab.container("a");
  print([`## lookups, ${label} (bound ${bound} ms, control within ${bound / 2} ms; ${concurrency} at a time)`]);

  log(`${label}: ${count} short lookups a -> b (the DNS knows it), ${concurrency} at a time...`);
  const known = await withLoad(() => inWorkers(count, concurrency, () => knownSample(a, "b", bound)));
  const samples = known.value.flat();
  const by = (v: string) => samples.filter((s) => s.quick.verdict === v).length;
  const ends = (of: KnownSample[]) => of.flatMap((s) => (s.quick.verdict === "resolved" && s.quick.targetEndMs !== undefined ? [s.quick.targetEndMs] : []));
  print([
    `known name, ${samples.length} short lookups (load average up to ${known.loadMax.toFixed(1)}): said "does not resolve" ${samples.filter((s) => !s.resolved).length} (must be 0); short verdicts: resolved ${by("resolved")}, unanswered ${by("unanswered")}, unresolved ${by("unresolved")}, unsure ${by("unsure")} (completed by the full lookup)`,
    `  the target's ping ended after (ms, 10 ms steps): ${percentiles(ends(samples))}; where the control was in time: ${percentiles(ends(samples.filter((s) => controlInTime(s.quick, bound))))}`,
    `  control answered after (ms): ${percentiles(samples.flatMap((s) => (s.quick.controlAnswered && s.quick.controlEndMs !== undefined ? [s.quick.controlEndMs] : [])))}; not answered ${samples.filter((s) => !s.quick.controlAnswered).length} (the script ends a control still out once ping is done)`,
    `  time per short lookup (ms): ${percentiles(samples.map((s) => s.ms))}`,
    ...takeErrors(),
  ]);

  log(`${label}: ${count} name-isolation lookups a -> far (the DNS does not know it), ${concurrency} at a time...`);
  const unknown = await withLoad(() => inWorkers(count, concurrency, () => unknownSample(a, "far", bound)));
  const neg = unknown.value.flat();
  print([
    `unknown name, ${neg.length} lookups with the matcher's option (load average up to ${unknown.loadMax.toFixed(1)}): resolved ${neg.filter((s) => s.resolved).length} (must be 0); fell back to the full lookup ${neg.filter((s) => s.fellBack).length}`,
    `  time per lookup (ms): ${percentiles(neg.map((s) => s.ms))}`,
    ...takeErrors(),
  ]);

  const fifth = Math.max(20, Math.round(count / 5));
  log(`${label}: ${fifth} lookups a -> far with the full lookup (as before the short bound)...`);
  const plain = (
    await inWorkers(fifth, concurrency, async () => {
      const started = performance.now();
      const r = await probeResolve(a, "far");
      return { resolved: r.address !== undefined, ms: performance.now() - started };
    })
  ).flat();
  print([`  ${fifth} with the full lookup, for comparison: resolved ${plain.filter((r) => r.resolved).length}; time per lookup (ms): ${percentiles(plain.map((r) => r.ms))}`, ...takeErrors(), ""]);
}

/**
 * Stops the target's ping of a running short lookup (found by the name on its command line, once
 * it has a socket) and waits for the late answer to land unread in its lookup's UDP socket. The
 * script's own SIGCONT at the bound lets it go on.
 */
const STOPPER = [
  ...FIND_TARGET_PING,
  "kill -STOP $p",
  'n=; for f in /proc/$p/fd/*; do l=$(readlink "$f"); case $l in socket:*) l=${l#socket:?}; n="$n ${l%?}" ;; esac; done',
  "for _ in $(seq 50); do q=0",
  '  while read -r _ _ _ _ x _ _ _ _ i _; do case " $n " in *" $i "*) case $x in *:00000000) ;; *) q=1 ;; esac ;; esac; done </proc/net/udp',
  '  [ "$q" = 1 ] && break; sleep 0.01',
  "done",
  'echo "drill=done queued=$q"',
].join("\n");

const LATE_DNS = path.join(__dirname, "late-dns.js");

/** late-dns.js in a's network namespace; undefined (and why, on stderr) where this host cannot enter it. */
async function startLateDns(lab: Lab): Promise<ChildProcess | undefined> {
  const { docker } = await getEngine();
  const pid = (await docker.getContainer(lab.container("a").id).inspect()).State.Pid;
  if (process.getuid?.() !== 0 || !existsSync(`/proc/${pid}/ns/net`) || !existsSync("/usr/bin/nsenter")) {
    log("late-answer drills skipped: they need root, nsenter and an engine whose containers run on this host (rootful Docker)");
    return undefined;
  }
  // Only behind Docker's embedded DNS, whose upstream for lab containers is their own loopback: elsewhere
  // (aardvark on Podman) the names "late<N>" would be forwarded to the host's resolvers instead.
  if (!/^nameserver 127\.0\.0\.11$/m.test((await lab.container("a").exec(["cat", "/etc/resolv.conf"])).stdout)) {
    log("late-answer drills skipped: they need Docker's embedded DNS (nameserver 127.0.0.11) in the container's resolv.conf");
    return undefined;
  }
  const address = (await lab.container("b").ip("one")) as string;
  const server = spawn("nsenter", ["-t", String(pid), "-n", process.execPath, LATE_DNS, address], { stdio: ["ignore", "pipe", "inherit"] });
  const listening = await new Promise<boolean>((resolve) => {
    server.stdout?.once("data", () => resolve(true));
    server.once("exit", () => resolve(false));
  });
  return listening ? server : undefined;
}

/**
 * Answers that come late on purpose, from a's loopback (the names "late<N>" answered after N ms):
 * within the bound with ping free; within the bound into a stopped ping (the queue check's case);
 * after the bound (what the short bound gives up: a path with a delay of its own, which a lab's DNS,
 * answering its names from memory, does not have).
 */
export async function lateDrills(lab: Lab, times: number, bound: number): Promise<void> {
  const server = await startLateDns(lab);
  if (!server) return;
  const a = lab.container("a");
  try {
    const late = async (name: string) => {
      const seen = (await inWorkers(times, 1, () => quickLookup(a, name, bound))).flat();
      return { seen, by: (v: string) => seen.filter((q) => q.verdict === v).length };
    };
    log(`lookup drills: ${times} each...`);
    const within = await late(`late${Math.round(bound * 0.6)}`);
    const after = await late(`late${Math.round(bound * 1.6)}`);
    const stopped: Array<{ q: QuickLookup; established: boolean }> = [];
    const name = `late${Math.round(bound / 3)}`;
    for (let i = 0; i < times; i++) {
      const stopper = a.exec(["sh", "-c", STOPPER, "sh", name], 10_000).catch(() => ({ stdout: "" }));
      const q = await quickLookup(a, name, bound);
      stopped.push({ q, established: /drill=done queued=1/.test((await stopper).stdout) });
    }
    const set = stopped.filter((s) => s.established).map((s) => s.q);
    const otherwise = set.filter((q) => q.askingAtHalf && q.askingAtBound && controlInTime(q, bound) && (q.interruptMs ?? 0) + 10 >= bound);
    print([
      `## lookup drills: a DNS answer late on purpose (${times} tries each)`,
      `answer after ${Math.round(bound * 0.6)} ms, ping free: resolved ${within.by("resolved")}, unanswered ${within.by("unanswered")} (must be 0), unsure ${within.by("unsure")}; ping ended after ${percentiles(within.seen.flatMap((q) => (q.targetEndMs === undefined ? [] : [q.targetEndMs])))} ms`,
      `answer after ${Math.round(bound / 3)} ms into a stopped ping (${set.length} set up so: the answer seen waiting in its socket): unanswered ${set.filter((q) => q.verdict === "unanswered").length} (must be 0), resolved ${set.filter((q) => q.verdict === "resolved").length}, unsure ${set.filter((q) => q.verdict === "unsure").length}, queue seen ${set.filter((q) => q.queued === true).length}; without the queue check ${otherwise.length} would have been unanswered`,
      `answer after ${Math.round(bound * 1.6)} ms, past the bound: unanswered ${after.by("unanswered")} (what the short bound gives up), resolved ${after.by("resolved")}, unsure ${after.by("unsure")}`,
      ...takeErrors(),
      "",
    ]);
  } finally {
    server.kill();
  }
}
