import { t } from "../../messages/translate";
import type { Step } from "../ui/progress";
import type { WarmRunner } from "./warm-runner";

/** A check that shows nothing new for this long says what it is waiting for (a busy machine, a first check). */
const SLOW_MS = 3000;

/**
 * Says what a check is waiting for when nothing has happened for SLOW_MS: loading jest, the run's
 * setup, compiling the test file, the exercise, the checks. A check at rest never shows it; on a
 * loaded machine it tells the learner (and the CLI's tests) that the check is moving, and where.
 */
export function sayWhenSlow(step: Step, runner: Pick<WarmRunner, "isReady">): { saw: (event: string) => void; stop: () => void } {
  const seen = new Set<string>();
  let last = Date.now();
  const started = last;
  const phase = () =>
    seen.has("test") ? "cliPhaseChecks" : seen.has("testsBegin") ? "cliPhaseExercise" : seen.has("fileStart") ? "cliPhaseCompile" : runner.isReady ? "cliPhaseSetUp" : "cliPhaseLoading";
  let said: { phase: string; at: number } | undefined;
  const timer = setInterval(() => {
    const now = Date.now();
    if (now - last < SLOW_MS) return;
    // Once per phase, and again every 10 s while it lasts: a line a learner (or a log) can follow.
    const current = phase();
    if (said?.phase === current && now - said.at < 10_000) return;
    said = { phase: current, at: now };
    step.update(t("cliCheckStill", { what: t(current, {}), seconds: Math.round((now - started) / 1000) }));
  }, 1000);
  return {
    saw(event) {
      seen.add(event);
      last = Date.now();
    },
    stop: () => clearInterval(timer),
  };
}
