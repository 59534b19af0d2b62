// Measures the short negative probes: quick-ping.ts (`.not.toReach`) and, with --probes lookup,
// quick-lookup.ts (`.not.toResolve`; scripts/negative-probes/lookups.ts). Is their silence honest,
// and what does it cost? Acceptance (issue 14): on a path that exists, no short probe says "silent";
// where no path exists, no reply is counted; the time each takes.
//
//   npx tsx scripts/measure-negative-probes.ts [--probes ping,lookup] [--count 1000] [--concurrency 4] [--bound 300] [--drill 20] [--throttle 0.05] [--label "at rest"]
//
// On containers and networks of its own (a Lab: labelled, removed at the end and on Ctrl-C through
// its run's reaper): "a" and "b" on network "one", "far" on network "two".
//   path:    quickPing a -> b, `count` times; an "unsure" one completed by the full probe, as
//            probeReach does. Each "silent" would be a false pass of an isolation check.
//   no path: probeReach a -> far with the matcher's options (confirm, the short bound): each reply
//            counted would be a false failure; the time each took is what a passing check costs.
//            Then a fifth as many short probes alone, to say why some were unsure (fell back), and
//            a fifth as many with the full second (confirm only: the check as it was), to compare.
//   drill:   a starved ping on purpose: while a short probe a -> far waits, another exec stops its
//            ping (SIGSTOP) and pings a's loopback, whose packets land unread in the stopped ping's
//            socket as a late reply would. The control answered in time; only the queue check
//            stands between that and "silent".
// --throttle F limits "a" to F of a CPU (docker update --cpu-quota) for a second pair of rounds:
// a slow machine on purpose, to see what the control does when replies do come late.
// It sends traffic only to its own containers and to their loopback.
import os from "node:os";
import { endLabRun, startLabRun } from "../src/lab/lab-run";
import { Lab } from "../src/lab/lab";
import { currentRun } from "../src/lab/run-identity";
import type { LabContainer } from "../src/lab/lab-container";
import { probeReach, SHORT_SILENCE_MS } from "../src/probes/probe-reach";
import { quickPing, type QuickPing } from "../src/probes/quick-ping";
import { getEngine } from "../src/runtime/engine";
import { lateDrills, lookupRound } from "./negative-probes/lookups";
import { FIND_TARGET_PING, inWorkers, log, percentiles, takeErrors, withLoad } from "./negative-probes/sampling";

const option = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
};
const flag = (name: string, fallback: number) => Number(option(name, String(fallback)));

interface PathSample {
  quick: QuickPing;
  /** The verdict after the full probe where the short one was unsure. */
  final: "replied" | "silent";
  ms: number;
  /** ping's own round trip, from its "time=" line. */
  rttMs?: number;
}

interface NoPathSample {
  replied: boolean;
  silentForMs?: number;
  ms: number;
}

async function pathSample(from: LabContainer, address: string, bound: number): Promise<PathSample> {
  const started = performance.now();
  const quick = await quickPing(from, address, bound);
  let final: PathSample["final"] = quick.verdict === "silent" ? "silent" : "replied";
  if (quick.verdict === "unsure") final = (await probeReach(from, address)).replied ? "replied" : "silent";
  const rtt = /time=([\d.]+) ms/.exec(quick.output)?.[1];
  return { quick, final, ms: performance.now() - started, rttMs: rtt === undefined ? undefined : Number(rtt) };
}

async function noPathSample(from: LabContainer, address: string, bound: number): Promise<NoPathSample> {
  const started = performance.now();
  const r = await probeReach(from, address, { confirm: true, silenceMs: bound });
  return { replied: r.replied, silentForMs: r.silentForMs, ms: performance.now() - started };
}

async function round(label: string, lab: Lab, count: number, concurrency: number, bound: number): Promise<void> {
  const [a, b, far] = [lab.container("a"), lab.container("b"), lab.container("far")];
  const [bIp, farIp] = [(await b.ip("one")) as string, (await far.ip("two")) as string];
  const print = (lines: string[]) => process.stdout.write(`${lines.join("\n")}\n`);
  print([`## ${label} (bound ${bound} ms, control within ${bound / 2} ms; ${concurrency} probes at a time; load average ${os.loadavg()[0].toFixed(1)} at the start)`]);

  log(`${label}: ${count} short probes a -> b (a path exists), ${concurrency} at a time...`);
  const path = await withLoad(() => inWorkers(count, concurrency, () => pathSample(a, bIp, bound)));
  const samples = path.value.flat();
  const by = (v: string) => samples.filter((s) => s.quick.verdict === v).length;
  // What a probe without the control, and one confirmed by a second short probe, would have said.
  const targetSilent = samples.filter((s) => s.quick.target.kind === "silent").length;
  const twiceSilent = path.value.map((w) => w.filter((s, i) => i > 0 && s.quick.target.kind === "silent" && w[i - 1].quick.target.kind === "silent").length).reduce((x, y) => x + y, 0);
  // The margin that matters: how late a reply came where the control would have let silence count.
  const controlInTime = samples.filter((s) => s.quick.controlEndMs !== undefined && s.quick.controlEndMs + 10 <= bound / 2);
  const replyAfter = (of: PathSample[]) => of.flatMap((s) => (s.quick.target.kind === "replied" && s.quick.targetEndMs !== undefined ? [s.quick.targetEndMs] : []));
  print([
    `path exists, ${samples.length} short probes (load average up to ${path.loadMax.toFixed(1)}): said "silent" ${samples.filter((s) => s.final === "silent").length} (must be 0); short verdicts: replied ${by("replied")}, silent ${by("silent")}, unsure ${by("unsure")} (completed by the full probe)`,
    `  reply round trip (ping's time=, ms): ${percentiles(samples.flatMap((s) => (s.rttMs === undefined ? [] : [s.rttMs])))}`,
    `  reply seen in the container after (ms, 10 ms steps): ${percentiles(replyAfter(samples))}`,
    `  control answered after (ms, 10 ms steps): ${percentiles(samples.flatMap((s) => (s.quick.controlEndMs === undefined ? [] : [s.quick.controlEndMs])))}`,
    `  reply seen after, in the ${controlInTime.length} probes whose control was in time (ms): ${percentiles(replyAfter(controlInTime))}`,
    `  the target's ping silent at the bound (what no control would have counted as silence): ${targetSilent}; twice in a row in one worker (what a second short probe would have counted): ${twiceSilent}`,
    `  time per short probe (ms): ${percentiles(samples.map((s) => s.ms))}`,
    ...takeErrors(),
  ]);

  log(`${label}: ${count} isolation probes a -> far (no path), the matcher's options, ${concurrency} at a time...`);
  const noPath = await withLoad(() => inWorkers(count, concurrency, () => noPathSample(a, farIp, bound)));
  const neg = noPath.value.flat();
  print([
    `no path, ${neg.length} isolation probes (load average up to ${noPath.loadMax.toFixed(1)}): replies counted ${neg.filter((s) => s.replied).length} (must be 0); fell back to the full second ${neg.filter((s) => !s.replied && s.silentForMs !== bound).length}`,
    `  time per probe (ms): ${percentiles(neg.map((s) => s.ms))}`,
    ...takeErrors(),
  ]);

  // The same isolation check as before the short bound (confirm, the full second), for comparison.
  const fifth = Math.max(20, Math.round(count / 5));
  log(`${label}: ${fifth} isolation probes a -> far with the full second (as before the short bound)...`);
  const plain = (
    await inWorkers(fifth, concurrency, async () => {
      const started = performance.now();
      const r = await probeReach(a, farIp, { confirm: true });
      return { replied: r.replied, ms: performance.now() - started };
    })
  ).flat();
  print([`  ${fifth} isolation probes with the full second, for comparison: replies counted ${plain.filter((r) => r.replied).length}; time per probe (ms): ${percentiles(plain.map((r) => r.ms))}`, ...takeErrors()]);

  // Why a short probe was unsure where no path exists: short probes alone (no fallback).
  log(`${label}: ${fifth} short probes a -> far, for why some were unsure...`);
  const diag = (await inWorkers(fifth, concurrency, () => quickPing(a, farIp, bound))).flat();
  const unsure = diag.filter((q) => q.verdict === "unsure");
  const whyUnsure = [
    `control late ${unsure.filter((q) => q.controlEndMs === undefined || q.control.kind !== "replied" || q.controlEndMs + 10 > bound / 2).length}`,
    `interrupt early or missing ${unsure.filter((q) => q.interruptMs === undefined || q.interruptMs + 10 < bound).length}`,
    `a packet waiting unread ${unsure.filter((q) => q.queued !== false).length}`,
    `target not silent ${unsure.filter((q) => q.target.kind !== "silent").length}`,
  ].join(", ");
  print([`  ${fifth} short probes alone: silent ${diag.length - unsure.length}, unsure ${unsure.length} (one may have several reasons: ${whyUnsure})`, ...takeErrors(), ""]);
}

/**
 * Stops the target's ping of a running short probe (found by the address on its command line, once
 * it has its socket), sends a loopback ping whose packets land in that socket unread, and lets it go
 * on after the interrupt. Prints whether SIGINT was still unsent after the packet and pending before
 * the stopped ping went on: only then was a packet waiting at the interrupt.
 */
const STOPPER = [
  ...FIND_TARGET_PING,
  "kill -STOP $p; ping -c 1 127.0.0.1 >/dev/null",
  "a=$(grep ShdPnd /proc/$p/status); sleep 0.4; b=$(grep ShdPnd /proc/$p/status); kill -CONT $p",
  'echo "drill=done before=${a##*[[:space:]]} after=${b##*[[:space:]]}"',
].join("\n");

async function drill(lab: Lab, times: number, bound: number): Promise<void> {
  const [a, far] = [lab.container("a"), lab.container("far")];
  const farIp = (await far.ip("two")) as string;
  log(`drill: ${times} short probes a -> far with their ping stopped and a packet waiting...`);
  const seen: Array<{ q: QuickPing; established: boolean }> = [];
  for (let i = 0; i < times; i++) {
    const stopper = a.exec(["sh", "-c", STOPPER, "sh", farIp], 10_000).catch(() => ({ stdout: "" }));
    const q = await quickPing(a, farIp, bound);
    const said = /drill=done before=([0-9a-f]+) after=([0-9a-f]+)/.exec((await stopper).stdout);
    const sigint = (hex: string) => (parseInt(hex.slice(-1), 16) & 2) !== 0;
    seen.push({ q, established: said !== null && !sigint(said[1]) && sigint(said[2]) });
  }
  const set = seen.filter((s) => s.established).map((s) => s.q);
  const otherwiseSilent = set.filter((q) => q.target.kind === "silent" && q.control.kind === "replied" && (q.controlEndMs ?? bound) + 10 <= bound / 2 && (q.interruptMs ?? 0) + 10 >= bound);
  process.stdout.write(
    `## drill: the target's ping stopped, a packet waiting in its socket at the interrupt (${times} tries, ${set.length} set up so)\n` +
      `silent ${set.filter((q) => q.verdict === "silent").length} (must be 0), unsure ${set.filter((q) => q.verdict === "unsure").length}, queue seen ${set.filter((q) => q.queued === true).length}; ` +
      `without the queue check ${otherwiseSilent.length} would have been silent (control in time, interrupt at the bound)\n\n`,
  );
}

async function main(): Promise<number> {
  const count = flag("count", 1000);
  const concurrency = flag("concurrency", 4);
  const bound = flag("bound", SHORT_SILENCE_MS);
  const throttle = flag("throttle", 0);
  const probes = option("probes", "ping,lookup").split(",");
  await startLabRun(log);
  const lab = new Lab();
  try {
    await Promise.all([lab.createNetwork("one"), lab.createNetwork("two")]);
    await Promise.all([lab.run("a", { network: "one" }), lab.run("b", { network: "one" }), lab.run("far", { network: "two" })]);
    process.stdout.write(`measure-negative-probes: ${os.cpus().length} cores, node ${process.version}, ${count} probes per measure\n\n`);
    const label = option("label", "as the machine is");
    if (probes.includes("ping")) await round(label, lab, count, concurrency, bound);
    if (probes.includes("lookup")) await lookupRound(label, lab, count, concurrency, bound);
    if (probes.includes("ping")) await drill(lab, flag("drill", 20), bound);
    if (probes.includes("lookup")) await lateDrills(lab, flag("drill", 20), bound);
    if (throttle > 0) {
      const { docker } = await getEngine();
      await docker.getContainer(lab.container("a").id).update({ CpuPeriod: 100_000, CpuQuota: Math.round(100_000 * throttle) });
      const throttled = `"a" throttled to ${throttle} of a CPU`;
      if (probes.includes("ping")) await round(throttled, lab, count, concurrency, bound);
      if (probes.includes("lookup")) await lookupRound(throttled, lab, count, concurrency, bound);
    }
  } finally {
    await endLabRun().catch((err: unknown) =>
      // An engine restarted under the run (.ci/run does so when it gets stuck) refuses the cleanup; its leftovers are a dead run's.
      log(`cleanup failed: ${String(err)}; what this run made carries netlab.run=${currentRun().runId}: the next netlab run removes it, or \`npx netlab clean\``),
    );
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`measure-negative-probes failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
