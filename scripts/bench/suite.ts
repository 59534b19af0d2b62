import fs from "node:fs";
import path from "node:path";
import { childEnv, median, runTimed, type TimedRun } from "./processes";

/** One test file's or test's duration in a jest --json report. */
export interface Duration {
  name: string;
  ms: number;
}

export interface CourseRun {
  run: TimedRun;
  tests: number;
  failed: number;
  slowestFiles: Duration[];
  slowestTests: Duration[];
}

interface RawJestReport {
  numTotalTests: number;
  numFailedTests: number;
  testResults: Array<{
    name: string;
    startTime: number;
    endTime: number;
    assertionResults: Array<{ title: string; duration?: number | null }>;
  }>;
}

const SAMPLE_MS = 200;

export class Suite {
  constructor(
    private readonly root: string,
    private readonly scratch: string,
  ) {}

  private bin(name: string): string {
    return path.join(this.root, "node_modules", ".bin", name);
  }

  /** `npm run selftest` (tsx src/dev/selftest.ts), timed, its process tree's memory sampled. */
  async selftest(): Promise<{ run: TimedRun; summary: string; steps: Duration[]; failures: string[] }> {
    const run = await runTimed(this.bin("tsx"), ["src/dev/selftest.ts"], { cwd: this.root, sampleMs: SAMPLE_MS, cpu: true });
    const summary = /^selftest: .*$/m.exec(run.output)?.[0] ?? `selftest exited ${run.code} without a summary`;
    // Its steps run in parallel; each says how long it took: "✓ lint (eslint) (12.3s)".
    const steps = [...run.output.matchAll(/^(?:[✓✗] )?(.+?) \((\d+\.\d)s\)$/gm)].map((m) => ({ name: m[1], ms: Number(m[2]) * 1000 }));
    const failures = run.output.split("\n").filter((line) => line.startsWith("✗"));
    return { run, summary, steps, failures };
  }

  /** The course on the reference solutions (jest --json), with per-file and per-test durations. */
  async courseOnSolutions(): Promise<CourseRun> {
    const out = path.join(this.scratch, "course.json");
    const run = await runTimed(this.bin("jest"), ["--selectProjects", "course", "--json", `--outputFile=${out}`], {
      cwd: this.root,
      env: childEnv({ NETLAB_TARGET: "solutions" }),
      sampleMs: SAMPLE_MS,
      cpu: true,
    });
    if (!fs.existsSync(out)) throw new Error(`bench: jest wrote no report:\n${run.output}`);
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as RawJestReport;
    const rel = (file: string) => path.relative(this.root, file);
    const byTime = (a: Duration, b: Duration) => b.ms - a.ms;
    return {
      run,
      tests: report.numTotalTests,
      failed: report.numFailedTests,
      slowestFiles: report.testResults.map((r) => ({ name: rel(r.name), ms: r.endTime - r.startTime })).sort(byTime),
      slowestTests: report.testResults
        .flatMap((r) => r.assertionResults.map((a) => ({ name: `${rel(r.name)}: ${a.title}`, ms: a.duration ?? 0 })))
        .sort(byTime),
    };
  }

  /**
   * A learner's project whose exercises are solved: the project's own files, with solutions/ as its
   * exercises/ and node_modules linked. `netlab run` checks exercises/ and keeps its state in the
   * project (.netlab/): here it checks solved code and leaves the real project's state alone.
   */
  private solvedProject(): string {
    const copy = path.join(this.scratch, "solved-project");
    if (fs.existsSync(copy)) return copy;
    const entries = ["package.json", "tsconfig.json", "jest.config.ts", "jest.course.config.ts", "bin", "src", "test", "scripts/reap-run.js"];
    for (const entry of entries) {
      if (fs.existsSync(path.join(this.root, entry))) fs.cpSync(path.join(this.root, entry), path.join(copy, entry), { recursive: true });
    }
    fs.cpSync(path.join(this.root, "solutions"), path.join(copy, "exercises"), { recursive: true });
    fs.symlinkSync(path.join(this.root, "node_modules"), path.join(copy, "node_modules"), "dir");
    return copy;
  }

  /**
   * One exercise's verdict as a learner gets it: `npm test -- <file>` in a project where that
   * exercise is solved, each run after an edit of the exercise (a learner's save: ts-jest's cache
   * misses it). One warm-up run, then the median of `times` runs.
   */
  async verdictJest(testFile: string, exerciseFile: string, times: number): Promise<{ ms: number; ok: boolean; command: string }> {
    const cwd = this.solvedProject();
    const args = ["test", "--", testFile];
    const runs: TimedRun[] = [];
    for (let i = 0; i <= times; i++) {
      this.edit(exerciseFile);
      const run = await runTimed("npm", args, { cwd });
      if (i > 0) runs.push(run);
    }
    return { ms: median(runs.map((r) => r.ms)), ok: runs.every((r) => r.code === 0), command: `npm ${args.join(" ")}` };
  }

  /** The commands `netlab help` lists right now (others are being built while the bench runs). */
  async cliCommands(): Promise<string[]> {
    const help = await runTimed(process.execPath, ["bin/netlab.js", "help"], { cwd: this.root });
    const section = help.output.split(/^Commands:$/m)[1]?.split(/\n\s*\n/)[0] ?? "";
    return section
      .split("\n")
      .map((line) => /^\s{2}(\S+)\s/.exec(line)?.[1])
      .filter((name): name is string => name !== undefined);
  }

  /**
   * `netlab run <id>` in the solved project, each run after an edit: one exercise's verdict through
   * the CLI, median of `times`. `via: "npx"` is how the README tells a learner to run it (npx's own
   * start is counted); "node" is the CLI alone.
   */
  async verdictCli(id: string, exerciseFile: string, times: number, via: "npx" | "node"): Promise<{ ms: number; verdictMs: number; ok: boolean; command: string }> {
    const cwd = this.solvedProject();
    const [command, args] = via === "npx" ? ["npx", ["netlab", "run", id]] : [process.execPath, ["bin/netlab.js", "run", id]];
    const runs: TimedRun[] = [];
    // The verdict line ("✓ ch3-link passed: 4/4 checks") may come well before the command returns.
    const mark = new RegExp(`${id} (passed|failed)`);
    for (let i = 0; i <= times; i++) {
      this.edit(exerciseFile);
      const run = await runTimed(command, args, { cwd, mark });
      if (i > 0) runs.push(run);
    }
    return { ms: median(runs.map((r) => r.ms)), verdictMs: median(runs.map((r) => r.markMs ?? Number.NaN)), ok: runs.every((r) => r.code === 0), command: `${via === "npx" ? "npx netlab" : "node bin/netlab.js"} run ${id}` };
  }

  /** A learner's save: new content in the solved exercise, so no cache has seen it. */
  private edit(exerciseFile: string): void {
    fs.appendFileSync(path.join(this.solvedProject(), "exercises", exerciseFile), `// edited ${Date.now()}\n`);
  }

  /**
   * `netlab grade` on `count` copies of the solutions (each a submission: a folder with exercises/),
   * with --jobs N: seconds per submission = wall time / count.
   */
  async grade(jobs: number, count: number): Promise<{ msPerSubmission: number; run: TimedRun; gradebook?: string }> {
    const batch = path.join(this.scratch, `grade-jobs${jobs}`);
    const submissions = Array.from({ length: count }, (_, i) => path.join(batch, `submission${i + 1}`));
    for (const dir of submissions) fs.cpSync(path.join(this.root, "solutions"), path.join(dir, "exercises"), { recursive: true });
    const out = path.join(batch, "out");
    const run = await runTimed(process.execPath, ["bin/netlab.js", "grade", ...submissions, "--out", out, "--jobs", String(jobs)], {
      cwd: this.root,
      sampleMs: SAMPLE_MS,
      cpu: true,
    });
    const csv = path.join(out, "gradebook.csv");
    return { msPerSubmission: run.ms / count, run, gradebook: fs.existsSync(csv) ? fs.readFileSync(csv, "utf8") : undefined };
  }
}
