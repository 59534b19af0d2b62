import { expect, test } from "@jest/globals";
import { recordNotShown } from "../course/not-shown-log";
import { notShownHere, profileFromEnv, type EngineNeed } from "../runtime/engine-profile";
import { t } from "../messages/translate";

/**
 * `testNeeding("legacyLinks")("c2 reaches c1 by name", fn)`: a test of a lesson that some engines
 * cannot show. Decided when the file is collected, from the run's engine profile (global setup hands
 * it down): where the engine can show it, a plain test; where it cannot, jest's skipped test (never
 * passed, never scored), its reason recorded for the n/a reporter and the engines matrix (the grader
 * and `netlab run` work the reason out from the test's needs and their own profile). Without a
 * profile (a run that skipped global setup) every test runs and shows what the engine does.
 */
export function testNeeding(...needs: EngineNeed[]) {
  const declare =
    (run: (title: string, fn: () => Promise<void>, timeoutMs?: number) => void) =>
    (title: string, fn: () => Promise<void>, timeoutMs?: number): void => {
      const profile = profileFromEnv();
      const reason = profile && notShownHere(profile, needs);
      if (!reason) {
        run(title, fn, timeoutMs);
        return;
      }
      const file = expect.getState().testPath ?? "";
      recordNotShown({ file, title, reason, text: t("checkNotShownHere", { check: title, reason: t(reason.key, reason.params) }) });
      test.skip(title, fn);
    };
  // `.concurrent`: a check that only reads the topology, run beside the file's other concurrent checks.
  return Object.assign(declare(test), { concurrent: declare(test.concurrent) });
}
