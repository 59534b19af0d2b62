import fs from "node:fs";
import type { Exercise } from "../../course/catalogue";
import { t } from "../../messages/translate";
import { engineDownError, probeEngine } from "../../runtime/probe-engine";
import { LABELS } from "../../lab/run-identity";
import { heavy } from "../heavy";
import { titleOf } from "../course/exercises";
import { readNotShown } from "../../course/not-shown-log";
import { loadProgress, recordCheck, type LastCheck } from "../state/progress-store";
import { spinnerStream, startStep } from "../ui/progress";
import { sayWhenSlow } from "./say-when-slow";
import { cleanFailure, lastLines } from "../../jest-run/failure-text";
import { render } from "../../messages/facts";
import { failureLines, groupFailures, isPass, tally } from "./check-report";
import type { Phases, WarmRunner } from "./warm-runner";

/**
 * How long a check may show no progress (jest loaded, the run set up, the file started, a test ended)
 * before it is stopped: more than the exercise's own 30 s bound and any one test's. A bound on
 * silence, not on the whole check, so that a loaded machine slows a check down but never cuts it.
 */
const CHECK_STALL_MS = Number(process.env.NETLAB_CHECK_STALL_MS ?? 120_000);

export interface CheckOutcome {
  passed: boolean;
  /** Every check was n/a on this engine: nothing to do here, nothing passed either. */
  notShown?: boolean;
  /** Tests that passed and tests that ran (passed + failed). */
  passedCount: number;
  total: number;
  /** jest gave no verdict (it crashed, or the check ran past its bound). */
  crashed: boolean;
  /** From the save (or the command) to the verdict, as the runner measured it. */
  ms: number;
}

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Says "Docker engine not reachable ..." (with the fix) before any jest starts: at once when nothing listens. */
export async function requireEngine(): Promise<void> {
  const health = await probeEngine();
  if (!health.ok) throw engineDownError(health);
}

/**
 * Checks one exercise with its course tests on the live engine: each test's result as it ends, then
 * the teaching messages of the failures, then the verdict; records done/pending and what it saw.
 */
export async function checkExercise(root: string, exercise: Exercise, runner: WarmRunner, io: CheckIo): Promise<CheckOutcome> {
  // The same test file had this many tests last time: once they have all passed, the verdict is
  // known, before the lab's teardown and jest's own wrap-up.
  const expected = loadProgress(root).exercises[exercise.id]?.lastCheck?.cases;
  const cases: string[] = [];
  let early: number | undefined;
  const step = startStep(t("cliChecking", { id: exercise.id, title: titleOf(exercise) }), { line: io.stdout, tty: spinnerStream() });
  const slow = sayWhenSlow(step, runner);
  const outcome = await runner.run(
    exercise.test,
    (event) => {
      slow.saw(event.type);
      if (event.type === "log") step.update(event.line);
      if (event.type !== "test") return;
      const { status, title, durationMs } = event.test;
      step.line(`  ${status === "passed" ? "✓" : status === "failed" ? "✗" : "○"} ${title} (${durationMs} ms)`);
      cases.push(status);
      if (expected && cases.length === expected && cases.every((s) => s === "passed")) {
        early = event.at;
        step.line("");
        step.line(t("cliCheckPassed", { id: exercise.id, passed: expected, skipped: 0, points: exercise.points }));
        recordCheck(root, exercise.id, { at: new Date().toISOString(), passed: expected, total: expected, cases: expected, failures: [] });
      }
    },
    CHECK_STALL_MS,
  );
  slow.stop();
  step.stop();
  // The checks this engine cannot show (testNeeding), with why: n/a, never a pass.
  const notShown = readNotShown(runner.naLog);
  fs.rmSync(runner.naLog, { force: true });
  for (const record of notShown) io.stdout(`  ○ ${record.text.replace(/\n/g, "\n    ")}`);

  if (outcome.kind === "stopped") return { passed: false, passedCount: 0, total: 0, crashed: true, ms: outcome.ms };
  if (outcome.kind === "crashed") {
    const blocked = outcome.timedOut || !outcome.blocked ? undefined : render(outcome.blocked);
    if (outcome.timedOut) {
      io.stdout(t("cliCheckTimeout", { id: exercise.id, seconds: Math.round(CHECK_STALL_MS / 1000) }));
      // The runner was killed: remove what its check made (the next run's reaper would, later).
      if (outcome.runId) await heavy.teardown().removeLabelled([`${LABELS.run}=${outcome.runId}`]).catch(() => undefined);
    } else if (blocked !== undefined) {
      // The loop guard stopped learner code that blocked the process: that is the verdict, and what hint reads.
      io.stdout(`${blocked}\n`);
      io.stdout(t("cliCheckBlocked", { id: exercise.id }));
      recordCheck(root, exercise.id, { at: new Date().toISOString(), passed: 0, total: 1, failures: [{ test: "", message: blocked, facts: { message: outcome.blocked } }] });
    } else {
      // The project's own packages are not installed (a fresh clone before `npm install`).
      const missing = /Cannot find module '((?:@jest\/core|jest|ts-jest|typescript|testcontainers)[^']*)'/.exec(outcome.output)?.[1];
      io.stdout(missing ? t("cliRunnerMissing", { module: missing.replace(/\/package\.json$/, "") }) : t("cliCheckCrashed", { id: exercise.id, output: lastLines(cleanFailure(outcome.output)) }));
    }
    return { passed: false, passedCount: 0, total: 0, crashed: true, ms: outcome.ms };
  }

  const { report } = outcome;
  const counts = tally(report);
  const passed = isPass(counts);
  const groups = groupFailures(report);
  const factsOf = new Map(report.tests.flatMap((test) => test.failures.filter((f) => f.facts).slice(0, 1).map((f) => [test.title, f.facts] as const)));
  const total = counts.passed + counts.failed;
  const check: LastCheck = {
    at: new Date().toISOString(),
    passed: counts.passed,
    total: counts.suiteFailed ? Math.max(total, 1) : total,
    cases: report.tests.length,
    notShown: notShown.map((r) => r.text),
    failures: [
      ...(report.execError ? [{ test: "", message: cleanFailure(report.execError) }] : []),
      // Each failed test with what it says and what netlab knew of it (the hints read the facts).
      ...groups.flatMap((g) => g.tests.map((test) => ({ test, message: g.message, facts: factsOf.get(test) }))),
    ],
  };
  recordCheck(root, exercise.id, check);
  if (process.env.NETLAB_TIMING) io.stdout(timingLine(outcome.phases, early === undefined ? undefined : early - (Date.now() - outcome.ms)));
  // Already said, and the full report agrees.
  if (early !== undefined && passed && counts.passed === expected) return { passed, passedCount: counts.passed, total: check.total, crashed: false, ms: outcome.ms };

  for (const line of failureLines(groups, report.execError)) io.stdout(line);
  io.stdout("");
  if (!counts.suiteFailed && total === 0 && counts.skipped > 0) {
    io.stdout(t("cliCheckNotShown", { id: exercise.id, skipped: counts.skipped, docs: exercise.docs }));
    return { passed: false, notShown: true, passedCount: 0, total: 0, crashed: false, ms: outcome.ms };
  }
  if (passed) {
    io.stdout(t("cliCheckPassed", { id: exercise.id, passed: counts.passed, skipped: counts.skipped, points: exercise.points }));
  } else if (counts.suiteFailed) {
    io.stdout(t("cliCheckSuiteFailed", { id: exercise.id, file: `exercises/${exercise.file}` }));
  } else {
    io.stdout(t("cliCheckFailed", { id: exercise.id, passed: counts.passed, total: check.total }));
  }
  return { passed, passedCount: counts.passed, total: check.total, crashed: false, ms: outcome.ms };
}

/** Where a check's time went (NETLAB_TIMING=1): ms from asking the warm runner to run. */
function timingLine(p: Phases, verdict?: number): string {
  const parts = [`ready ${p.ready ?? "?"}`, `set-up ${p.setUp ?? "?"}`, `file start ${p.fileStart ?? "?"}`, `tests begin ${p.testsBegin ?? "?"}`, `first test ${p.firstTest ?? "?"}`, `last test ${p.lastTest ?? "?"}`, ...(verdict !== undefined ? [`verdict ${verdict}`] : []), `report ${p.report}`];
  return `timing (ms after the run was asked for): ${parts.join(", ")}`;
}
