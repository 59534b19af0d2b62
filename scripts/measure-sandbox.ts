// Measures what the grading sandbox costs: the reference solutions graded sandboxed (the default)
// and --in-process, in alternating order, wall-clock each, and the ratio. Acceptance (issue 11):
// sandboxed takes at most 1.3x the in-process time.
//
//   npx tsx scripts/measure-sandbox.ts [--rounds N] [--jobs N]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(__dirname, "..");
const flag = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

function grade(submission: string, out: string, extra: string[]): Promise<number> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "bin", "netlab.js"), "grade", submission, "--out", out, ...extra], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
    child.on("close", (code) => (code === 0 ? resolve((Date.now() - started) / 1000) : reject(new Error(`netlab grade exited ${code}`))));
  });
}

async function main(): Promise<void> {
  const rounds = flag("rounds", 2);
  const jobs = String(flag("jobs", 1));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-measure-sandbox-"));
  fs.cpSync(path.join(root, "solutions"), path.join(dir, "solutions", "exercises"), { recursive: true });
  const times: Record<"sandboxed" | "in-process", number[]> = { sandboxed: [], "in-process": [] };
  try {
    for (let r = 0; r < rounds; r++) {
      const order: Array<keyof typeof times> = r % 2 === 0 ? ["in-process", "sandboxed"] : ["sandboxed", "in-process"];
      for (const mode of order) {
        const seconds = await grade(path.join(dir, "solutions"), path.join(dir, `out-${r}-${mode}`), ["--jobs", jobs, ...(mode === "in-process" ? ["--in-process"] : [])]);
        times[mode].push(seconds);
        process.stdout.write(`round ${r + 1}: ${mode} ${seconds.toFixed(1)}s\n`);
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ratio = mean(times.sandboxed) / mean(times["in-process"]);
  process.stdout.write(`\nreference solutions, every exercise: in-process ${mean(times["in-process"]).toFixed(1)}s, sandboxed ${mean(times.sandboxed).toFixed(1)}s (mean of ${rounds}); ratio ${ratio.toFixed(2)} (target <= 1.30): ${ratio <= 1.3 ? "ok" : "OVER"}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
