/**
 * Measures `netlab watch` as a learner meets it: in a scratch copy of the project, watch checks the
 * current exercise's untouched stub; after a pause (the learner typing) the reference solution is
 * saved over the stub, and the time from that save to watch's "✓ <id> passed" line is the latency.
 * Watch then moves on to the next exercise by itself, and the next one is measured the same way.
 *
 *   npx tsx scripts/measure-watch.ts [--mode events|poll|fallback] [--count N] [--from ID] [--think MS]
 *
 * --mode fallback hides change events (NETLAB_WATCH_EVENTS=off), so watch must notice that a save came
 * without one and turn to polling by itself. Exit code 1 when a verdict took longer than 3 s.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalogue } from "../src/course/catalogue";
import { cliEnv, scratchProject, solve } from "../test/cli/support/scratch-project";

const BUDGET_MS = 3000;

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? (process.argv[i + 1] ?? fallback) : fallback;
}

async function main(): Promise<number> {
  const mode = option("mode", "events");
  const think = Number(option("think", "1500"));
  const course = loadCatalogue();
  const fromIndex = Math.max(0, course.exercises.findIndex((e) => e.id === option("from", course.exercises[0]?.id ?? "")));
  const count = Math.min(Number(option("count", "4")), course.exercises.length - fromIndex);
  const measured = course.exercises.slice(fromIndex, fromIndex + count);

  const project = scratchProject("netlab-measure-");
  // The exercises before the first one measured count as done, so that watch starts there.
  const done = Object.fromEntries(course.exercises.slice(0, fromIndex).map((e) => [e.id, { status: "done" }]));
  fs.mkdirSync(path.join(project.root, ".netlab"), { recursive: true });
  fs.writeFileSync(path.join(project.root, ".netlab", "progress.json"), JSON.stringify({ version: 1, exercises: done }));

  const args = [path.join(project.root, "bin", "netlab.js"), "watch", ...(mode === "poll" ? ["--poll"] : [])];
  const watchStarted = performance.now();
  const watch = spawn(process.execPath, args, { cwd: project.root, env: cliEnv({ NETLAB_TIMING: "1", ...(mode === "fallback" ? { NETLAB_WATCH_EVENTS: "off" } : {}) }), stdio: ["ignore", "pipe", "pipe"] });
  const lines: Array<{ text: string; at: number }> = [];
  let buffered = "";
  watch.stdout.on("data", (d: Buffer) => {
    buffered += d.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const text of parts) lines.push({ text, at: performance.now() });
  });
  watch.stderr.on("data", (d: Buffer) => process.stderr.write(d));

  const waitFor = async (pattern: RegExp, after: number, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = lines.find((l, i) => i >= after && pattern.test(l.text));
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`watch did not print ${pattern} within ${timeoutMs / 1000}s. Its output:\n${lines.map((l) => l.text).join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };

  const results: Array<{ id: string; ms: number }> = [];
  try {
    process.stdout.write(`load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (${os.cpus().length} CPUs)\n`);
    // The first check, of the untouched stub, in a project this runner has never seen (cold caches):
    // what a learner meets on their first `netlab watch`.
    const first = await waitFor(/^timing \(ms after the run was asked for\)/, 0, 300_000);
    process.stdout.write(`${"first check (stub)".padEnd(24)} ${String(Math.round(first.at - watchStarted)).padStart(5)} ms after watch started   ${first.text.replace(/^timing \(ms after the run was asked for\): /, "")}\n`);
    for (const exercise of measured) {
      await waitFor(new RegExp(`Waiting for you to save exercises/${exercise.file.replace(/[.]/g, "\\.")}`), 0);
      await new Promise((resolve) => setTimeout(resolve, think));
      const mark = lines.length;
      // A learner's save is new content every time: ts-jest has never compiled it (no cache hit).
      solve(project.root, exercise.file);
      fs.appendFileSync(path.join(project.root, "exercises", exercise.file), `\n// saved ${new Date().toISOString()}\n`);
      const saved = performance.now();
      const verdict = await waitFor(new RegExp(`^✓ ${exercise.id} passed`), mark);
      results.push({ id: exercise.id, ms: Math.round(verdict.at - saved) });
      const timing = await waitFor(/^timing \(ms after the run was asked for\)/, mark);
      process.stdout.write(`${exercise.id.padEnd(24)} ${String(Math.round(verdict.at - saved)).padStart(5)} ms   ${timing.text.replace(/^timing \(ms after the run was asked for\): /, "")}\n`);
    }
  } finally {
    watch.kill("SIGINT");
    await new Promise((resolve) => watch.once("close", resolve));
    project.remove();
  }
  const sorted = results.map((r) => r.ms).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  process.stdout.write(`load average at end: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}\n`);
  process.stdout.write(`\nwatch (${mode}): save -> verdict, ${results.length} exercises: median ${median} ms, max ${max} ms (budget ${BUDGET_MS} ms)\n`);
  return max <= BUDGET_MS ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`measure-watch failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
