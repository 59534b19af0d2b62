import path from "node:path";
import { checkCourse } from "./check-course";
import { checkDocsAt } from "./check-docs";
import { watchEngine } from "./engine-watchdog";
import { forwardSignals, killSteps, runStep, type StepResult } from "./run-step";
import { fileResults, type FileResult } from "../jest-run/events";
import { startJest } from "../jest-run/start-jest";
import { inPool } from "../async/in-pool";

/**
 * `npm run selftest`: the maintainer's one command. Proves the course both ways (every solution
 * passes, every untouched stub fails with "not yet done"), plus the framework's own tests, a strict
 * type check and the lint. Ends with one line "selftest: N passed, N failed".
 */
const root = path.resolve(__dirname, "..", "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);

/** A jest step: its exit code and output, and each test file's result from the run's events. */
interface JestStep extends StepResult {
  results: Map<string, FileResult>;
}

interface Check {
  title: string;
  passed: number;
  failed: string[];
}

const log = (line: string) => process.stdout.write(`${line}\n`);

/** The selftest's exit code when the engine got stuck: a fault of the engine, not of netlab (.ci/run restarts it and retries once). */
const ENGINE_STUCK_EXIT = 75;

async function main(): Promise<number> {
  forwardSignals();
  const started = Date.now();
  const checks: Check[] = [];

  const courseProblems = checkCourse(root);
  checks.push({ title: "course check (catalogue, exercises/ mirrors solutions/, tests exist)", passed: courseProblems.length === 0 ? 1 : 0, failed: courseProblems });
  log(`${mark(courseProblems.length === 0)} course check${courseProblems.map((p) => `\n    ${p}`).join("")}`);

  const docsProblems = checkDocsAt(root);
  checks.push({ title: "docs check (both languages, links, anchors, claims, diagrams)", passed: docsProblems.length === 0 ? 1 : 0, failed: docsProblems });
  log(`${mark(docsProblems.length === 0)} docs check${docsProblems.map((p) => `\n    ${p}`).join("")}`);

  const watchdog = watchEngine();
  void watchdog.stuck.then((trouble) => {
    log(`\n✗ the Docker engine got stuck: ${trouble.detail}.`);
    log("  Every step waits on it from now on, so the selftest stops here instead of hanging.");
    if (trouble.deadlocked) {
      log("  Why: Docker 20.10 before 20.10.27 can deadlock when containers join and leave one network at once");
      log("  (moby/moby#42545; Debian 12 ships 20.10.24). It is the engine's fault, not a test's.");
    } else {
      log("  Why: the engine went away while the steps ran (stopped, crashed, or its socket closed).");
    }
    log("  Try: restart the engine (`bash scripts/start-engine.sh --restart` as root, or `sudo systemctl restart docker`),");
    log("  then run the selftest again; what the stopped steps left is reaped by label at the next start.");
    log(`selftest: engine stuck (exit ${ENGINE_STUCK_EXIT})`);
    killSteps();
    process.exit(ENGINE_STUCK_EXIT);
  });

  log("Running the grading, CLI, unit and framework tests, the solutions, the stubs, the type check and the lint...");
  // The runs share 2 cores: each jest gets few workers, and a reference solution gets more time than
  // a learner's code would (a slow shared machine is not a hanging exercise).
  const env = { NETLAB_WORKERS: process.env.NETLAB_WORKERS ?? "2", NETLAB_EXERCISE_TIMEOUT_MS: process.env.NETLAB_EXERCISE_TIMEOUT_MS ?? "90000" };
  const jest = async (target: string | undefined, projects: string[]): Promise<JestStep> => {
    // jest's own summary (Test Suites/Tests/Time) for the log; the verdicts come from the events.
    const run = startJest({ root, args: projects.flatMap((p) => ["--selectProjects", p]), env: { ...process.env, ...env, ...(target ? { NETLAB_TARGET: target } : {}) }, reporters: ["default"], outputLimit: 1024 * 1024 });
    const end = await run.ended;
    return { code: end.code ?? 1, output: end.output, ms: end.ms, results: fileResults(end.events) };
  };
  // Longest first: the CLI suite (each test a netlab process) is the long pole. At most STEPS at
  // once: the machine is CPU-bound, and more at once only stretches every test towards its timeout
  // (measured on 2 cores: 4 at once 125 s, 3 at once 120 s, same CPU; 4 workers for the CLI: 124 s).
  const [cli, grading, framework, solutions, stubs, typecheck, lint] = await inPool([
    announced("CLI tests", () => jest(undefined, ["cli"])),
    announced("grading tests", () => jest(undefined, ["grading"])),
    announced("unit and framework tests", () => jest(undefined, ["unit", "framework"])),
    announced("solutions", () => jest("solutions", ["course"])),
    announced("stubs", () => jest("exercises", ["course"])),
    announced("type check", () => runStep(bin("tsc"), ["--noEmit", "-p", path.join(root, "tsconfig.json")])),
    announced("lint", () => runStep(bin("eslint"), [root])),
  ], Number(process.env.NETLAB_SELFTEST_STEPS ?? 3), (step) => step());

  watchdog.stop();
  checks.push(tool("type check (tsc --noEmit, strict)", typecheck));
  checks.push(tool("lint (eslint)", lint));
  checks.push(allPass("unit and framework tests", framework as JestStep));
  checks.push(allPass("CLI tests (netlab as a process)", cli as JestStep));
  checks.push(allPass("grading tests (a batch of faulty submissions)", grading as JestStep));
  checks.push(allPass("solutions: every exercise test passes", solutions as JestStep));
  checks.push(allFailNotYetDone("stubs: every exercise test fails with \"not yet done\"", stubs as JestStep));

  const passed = checks.reduce((n, c) => n + c.passed, 0);
  const failed = checks.reduce((n, c) => n + c.failed.length, 0);
  log(`\nselftest finished in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  log(`selftest: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

/** A step that says when it starts and ends, so that a long selftest shows its progress. */
function announced(title: string, run: () => Promise<StepResult>): () => Promise<StepResult> {
  return async () => {
    log(`  … ${title} started`);
    const result = await run();
    log(`  … ${title} finished (${(result.ms / 1000).toFixed(1)}s); verdicts below`);
    return result;
  };
}

function mark(ok: boolean): string {
  return ok ? "✓" : "✗";
}

function tool(title: string, step: StepResult): Check {
  const ok = step.code === 0;
  log(`${mark(ok)} ${title} (${(step.ms / 1000).toFixed(1)}s)`);
  if (!ok) log(indent(step.output));
  return { title, passed: ok ? 1 : 0, failed: ok ? [] : [title] };
}

function summaryLines(step: StepResult): string {
  return step.output
    .split("\n")
    .filter((l) => /^(Test Suites|Tests|Time):/.test(l))
    .join("\n");
}

/** One test of a step, as the selftest names it. */
interface StepTest {
  file: string;
  fullName: string;
  status: string;
  failures: string[];
}

/** A jest step's tests and the files that could not run; undefined when jest reported no file (it crashed first). */
function report(title: string, step: JestStep): { tests: StepTest[]; suiteErrors: string[] } | undefined {
  log(`\n${title} (${(step.ms / 1000).toFixed(1)}s)\n${indent(summaryLines(step))}`);
  if (step.results.size === 0) {
    log(indent(`jest reported no test file; its output:\n${step.output}`));
    return undefined;
  }
  const files = [...step.results.values()];
  return {
    tests: files.flatMap((f) => f.tests.map((t) => ({ file: f.file, fullName: [...t.ancestorTitles, t.title].join(" "), status: t.status, failures: t.failures.map((x) => x.text) }))),
    suiteErrors: files.filter((f) => f.execError && f.tests.length === 0).map((f) => `${f.file}: ${f.execError}`),
  };
}

function allPass(title: string, step: JestStep): Check {
  const parsed = report(title, step);
  if (!parsed) return { title, passed: 0, failed: [title] };
  const failed = parsed.tests.filter((t) => t.status !== "passed").map((t) => `${t.fullName}: ${t.status}`);
  const ok = failed.length === 0 && parsed.suiteErrors.length === 0 && parsed.tests.length > 0 && step.code === 0;
  log(`${mark(ok)} ${title}`);
  if (!ok) log(indent(step.output));
  return { title, passed: parsed.tests.length - failed.length, failed: [...failed, ...parsed.suiteErrors, ...(parsed.tests.length === 0 ? ["no tests ran"] : [])] };
}

function allFailNotYetDone(title: string, step: JestStep): Check {
  const parsed = report(title, step);
  if (!parsed) return { title, passed: 0, failed: [title] };
  const wrong = parsed.tests
    .filter((t) => !(t.status === "failed" && t.failures.some((m) => /not yet done: /.test(m))))
    .map((t) => `${t.fullName}: ${t.status === "passed" ? "passes on the untouched stub (a test that cannot fail)" : "fails without a \"not yet done\" message"}`);
  const ok = wrong.length === 0 && parsed.suiteErrors.length === 0 && parsed.tests.length > 0;
  log(`${mark(ok)} ${title}`);
  for (const w of [...wrong, ...parsed.suiteErrors]) log(`    ${w}`);
  return { title, passed: parsed.tests.length - wrong.length, failed: [...wrong, ...parsed.suiteErrors] };
}

function indent(text: string): string {
  return text
    .split("\n")
    .map((l) => `    ${l}`)
    .join("\n");
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`selftest itself failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(2);
  },
);
