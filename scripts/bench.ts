import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onInterrupt } from "../src/async/on-interrupt";
import { endLabRun, startLabRun } from "../src/lab/lab-run";
import { measureOps } from "./bench/ops";
import { signalChildren } from "./bench/processes";
import { Suite } from "./bench/suite";
import { duration, markdownTable, verdict, type Row } from "./bench/table";

/**
 * `npm run bench`: what netlab costs, printed as one table. The Lab's basic operations against the
 * same operations through the docker CLI (measured in the same run, as ratios), the selftest's wall
 * time and slowest exercises, one exercise's verdict time, grading throughput and peak memory.
 *
 *   npm run bench [-- --rounds 7 --warmup 2 --only ops,verdict,course,selftest,grade]
 *
 * Everything it makes on the engine carries the run's netlab labels and is removed at the end, also
 * on Ctrl-C. Its probes only ping its own containers; failed name lookups end on their loopback.
 */
const root = path.resolve(__dirname, "..");
const SECTIONS = ["ops", "verdict", "course", "selftest", "grade"] as const;
type Section = (typeof SECTIONS)[number];

const TARGETS = { ratio: 1.0, negativeProbeMs: 1200, verdictMs: 2000, selftestMs: 60_000, gradeMs: 20_000 };
const VERDICT_FILE = "test/ch3/link.test.ts";
const VERDICT_ID = "ch3-link";
const VERDICT_EXERCISE = "ch3/link.ts";

const log = (line: string) => process.stderr.write(`${line}\n`);

/** CPU seconds of a run (user + system, its children included), where /usr/bin/time measured them. */
function cpu(ms: number | undefined): string {
  return ms === undefined ? "n/a" : `${(ms / 1000).toFixed(1)} s`;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main(): Promise<number> {
  const rounds = Number(option("rounds", "7"));
  const warmup = Number(option("warmup", "2"));
  const only = new Set(option("only", SECTIONS.join(",")).split(",") as Section[]);
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-bench-"));
  const cleanUpFiles = () => fs.rmSync(scratch, { recursive: true, force: true });
  // Before startLabRun's own handler (which reaps this run's resources and exits): stop the children.
  // startLabRun's handler exits at once; before it is hooked, nothing was made yet: end within 1 s.
  onInterrupt(
    (signal) => {
      signalChildren(signal);
      cleanUpFiles();
    },
    { exit: false, boundMs: 1000 },
  );

  const started = performance.now();
  const loadAtStart = os.loadavg()[0];
  const rows: Row[] = [];
  const notes: string[] = [];
  const suite = new Suite(root, scratch);
  try {
    await startLabRun(log);
    const image = process.env.NETLAB_RESOLVED_IMAGE ?? "";
    log(`bench: lab image ${image}, ${os.cpus().length} cores, node ${process.version}`);

    if (only.has("ops")) {
      log(`Measuring the Lab against the docker CLI (${warmup} warm-up + ${rounds} rounds, interleaved)...`);
      const ops = await measureOps(image, rounds, warmup, log);
      if (ops.unexpected.length > 0) notes.push(`probe samples left out (the other outcome): ${ops.unexpected.join("; ")}`);
      for (const op of ops.medians) {
        const ratio = op.lab / op.cli;
        const negative = op.key.startsWith("probe_neg");
        const ok = ratio <= TARGETS.ratio && (!negative || op.lab <= TARGETS.negativeProbeMs);
        rows.push({
          measure: op.title,
          netlab: duration(op.lab),
          cli: duration(op.cli),
          ratio: ratio.toFixed(2),
          target: `<= ${TARGETS.ratio.toFixed(1)}${negative ? `, <= ${duration(TARGETS.negativeProbeMs)}` : ""}`,
          result: verdict(ok),
        });
      }
    }

    if (only.has("verdict")) {
      log(`Timing one exercise's verdict (${VERDICT_FILE}, solved, edited before each run; 1 warm-up + 3 runs)...`);
      const jest = await suite.verdictJest(VERDICT_FILE, VERDICT_EXERCISE, 3);
      rows.push({ measure: `one exercise's verdict, cold: ${jest.command}`, netlab: duration(jest.ms), target: `<= ${duration(TARGETS.verdictMs)}`, result: verdict(jest.ok && jest.ms <= TARGETS.verdictMs) });
      if (!jest.ok) notes.push(`${jest.command} did not pass on the solved exercise`);
      for (const via of ["npx", "node"] as const) {
        const cli = await suite.verdictCli(VERDICT_ID, VERDICT_EXERCISE, 3, via);
        rows.push({ measure: `one exercise's verdict, cold: ${cli.command}, verdict printed`, netlab: duration(cli.verdictMs), target: `<= ${duration(TARGETS.verdictMs)}`, result: verdict(cli.ok && cli.verdictMs <= TARGETS.verdictMs) });
        rows.push({ measure: `one exercise's verdict, cold: ${cli.command}, command returned`, netlab: duration(cli.ms) });
        if (!cli.ok) notes.push(`${cli.command} did not pass on the solved exercise`);
      }
    }

    if (only.has("course")) {
      log("Running the course on the solutions (jest --json)...");
      const course = await suite.courseOnSolutions();
      rows.push({ measure: `course on solutions: ${course.tests} tests, ${course.failed} failed (jest; CPU ${cpu(course.run.cpuMs)})`, netlab: duration(course.run.ms) });
      for (const f of course.slowestFiles.slice(0, 3)) rows.push({ measure: `  slow file: ${f.name}`, netlab: duration(f.ms) });
      for (const t of course.slowestTests.slice(0, 3)) rows.push({ measure: `  slow test: ${clip(t.name, 90)}`, netlab: duration(t.ms) });
      rows.push({ measure: "peak memory, course run (summed RSS of the jest tree, /proc)", netlab: `${Math.round(course.run.peakRssMiB)} MiB` });
    }

    if (only.has("selftest")) {
      log("Running the full selftest (npm run selftest)...");
      const self = await suite.selftest();
      rows.push({ measure: `full selftest (${self.summary}; CPU ${cpu(self.run.cpuMs)})`, netlab: duration(self.run.ms), target: `<= ${duration(TARGETS.selftestMs)}`, result: verdict(self.run.ms <= TARGETS.selftestMs) });
      for (const step of self.steps) rows.push({ measure: `  step (in parallel): ${clip(step.name, 80)}`, netlab: duration(step.ms) });
      if (self.failures.length > 0) notes.push(`selftest failures (not the bench's):\n${self.failures.slice(0, 12).join("\n")}`);
      rows.push({ measure: "peak memory, selftest (summed RSS of its process tree, /proc)", netlab: `${Math.round(self.run.peakRssMiB)} MiB` });
    }

    if (only.has("grade")) {
      // Checked as late as possible: `netlab grade` is being built while this bench exists.
      const available = (await suite.cliCommands()).includes("grade");
      for (const jobs of [1, 2]) {
        // As many submissions as jobs: one alone, then two side by side.
        const measure = `graded submission (solutions), --jobs ${jobs}, ${jobs} submission${jobs > 1 ? "s" : ""}`;
        if (!available) {
          rows.push({ measure, netlab: "not available", target: `<= ${duration(TARGETS.gradeMs)}`, result: "n/a" });
          continue;
        }
        log(`Grading ${jobs} cop${jobs > 1 ? "ies" : "y"} of the solutions with --jobs ${jobs}...`);
        const graded = await suite.grade(jobs, jobs);
        const ok = graded.run.code === 0 && graded.gradebook !== undefined;
        rows.push({ measure: `${measure} (CPU ${cpu(graded.run.cpuMs)})`, netlab: `${duration(graded.msPerSubmission)} / submission`, target: `<= ${duration(TARGETS.gradeMs)}`, result: verdict(ok && graded.msPerSubmission <= TARGETS.gradeMs) });
        if (!ok) notes.push(`netlab grade --jobs ${jobs} exited ${graded.run.code}${graded.gradebook ? "" : " without a gradebook.csv"}:\n${graded.run.output.slice(-2000)}`);
      }
      if (!available) notes.push("`netlab grade` does not exist yet (issue 5): grading rows not available");
    }
  } finally {
    await endLabRun().catch((err: unknown) => log(`bench: cleanup failed: ${String(err)}`));
    cleanUpFiles();
  }

  process.stdout.write(`${markdownTable(rows)}\n`);
  for (const note of notes) process.stdout.write(`note: ${note}\n`);
  process.stdout.write(
    `bench finished in ${duration(performance.now() - started)}; ${os.cpus().length} cores, load average ${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end\n`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
