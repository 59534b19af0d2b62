// Measures `netlab grade` on the fault batch of the acceptance test (test/grading): the same batch
// graded with --jobs 1 and with --jobs 2 on this engine, wall-clock time each, and the ratio.
// Acceptance: jobs 2 takes less than 0.7x the time of jobs 1.
//
//   npx tsx scripts/measure-grading.ts [--rounds N] [--timeout SECONDS] [--workers N]
//
// Rounds alternate the order (1,2 then 2,1 ...) so that a machine getting busier or quieter during
// the measurement does not favour either side.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { onInterrupt } from "../src/async/on-interrupt";
import { loadCatalogue } from "../src/course/catalogue";
import { planTests } from "../src/grading/test-plan";
import { buildFaultBatch } from "../test/grading/support/fault-batch";

const root = path.resolve(__dirname, "..");
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function grade(args: string[]): Promise<{ seconds: number; code: number | null; table: string }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "bin", "netlab.js"), "grade", ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => process.stderr.write(d));
    // Ctrl-C goes to the grader, which stops its runs and ends; the measurement then fails.
    const release = onInterrupt(() => child.kill("SIGINT"), { exit: false });
    child.on("close", (code) => {
      release();
      resolve({ seconds: (Date.now() - started) / 1000, code, table: out.trim() });
    });
  });
}

async function main(): Promise<void> {
  const rounds = flag("rounds", 1);
  const timeout = flag("timeout", 40);
  const workers = flag("workers", 3);
  const course = loadCatalogue();
  const batch = buildFaultBatch(root, course, planTests(root, course).plan);
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-measure-"));
  const common = [...batch.submissions, "--timeout", String(timeout), "--workers", String(workers), "--exercises", `${batch.build.id},${batch.predict.id}`, "--extra-tests", batch.hidden];
  process.stdout.write(`Fault batch: ${batch.submissions.length} submissions, exercises ${batch.build.id} and ${batch.predict.id}, --timeout ${timeout}, --workers ${workers}, ${os.cpus().length} CPUs\n`);
  const times: Record<1 | 2, number[]> = { 1: [], 2: [] };
  try {
    for (let r = 0; r < rounds; r++) {
      for (const jobs of r % 2 === 0 ? ([1, 2] as const) : ([2, 1] as const)) {
        const run = await grade([...common, "--jobs", String(jobs), "--out", path.join(out, `r${r}-j${jobs}`)]);
        if (run.code !== 0) throw new Error(`netlab grade --jobs ${jobs} exited with ${run.code}`);
        times[jobs].push(run.seconds);
        process.stdout.write(`\n--jobs ${jobs}: ${run.seconds.toFixed(1)}s (${(run.seconds / batch.submissions.length).toFixed(1)}s per submission)\n${run.table}\n`);
      }
    }
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
    fs.rmSync(batch.dir, { recursive: true, force: true });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ratio = mean(times[2]) / mean(times[1]);
  process.stdout.write(`\njobs 1: ${times[1].map((s) => s.toFixed(1)).join(", ")}s; jobs 2: ${times[2].map((s) => s.toFixed(1)).join(", ")}s; ratio ${ratio.toFixed(2)} (${ratio < 0.7 ? "meets" : "misses"} < 0.7)\n`);
  process.exitCode = ratio < 0.7 ? 0 : 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`measure-grading failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(2);
});
