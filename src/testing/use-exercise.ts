import { afterAll, beforeAll } from "@jest/globals";
import { Lab } from "../lab/lab";
import { EXERCISE_TIMEOUT_MS, runBounded, type Outcome } from "../course/run-bounded";
import { keyed, render, type FailureFacts } from "../messages/facts";
import { engineLooksStuck } from "../runtime/probe-engine";
import { guardLearnerCode } from "./guard-learner-code";

export { EXERCISE_TIMEOUT_MS };

export interface ExerciseHandle<T> {
  /** The lab and what the learner's code returned; throws the learner-facing failure when it did not finish. */
  ready(): Promise<{ lab: Lab; value: T }>;
}

/**
 * Runs an exercise once for a describe block: a fresh Lab, the learner's code with a bound, and a
 * teardown that removes everything also when tests fail. Each test starts with `await ex.ready()`,
 * so an unfinished stub fails every test with its "not yet done: ..." message, not with a crash.
 */
export function useExercise<T>(exercise: string, code: (lab: Lab) => Promise<T> | T): ExerciseHandle<T> {
  let lab: Lab | undefined;
  let outcome: Outcome<T> | undefined;

  beforeAll(async () => {
    lab = new Lab();
    const current = lab;
    // runBounded's timer cannot fire while learner code blocks the event loop (for (;;) {}): the
    // guard's thread ends the process then, with a message. Armed only while learner code runs.
    const disarm = guardLearnerCode(exercise);
    outcome = await runBounded(exercise, () => code(current), EXERCISE_TIMEOUT_MS);
    // Code that ran out of time may still be running and start its loop later, even after this
    // file's teardown: the guard stays armed for the rest of the process (it keeps nothing alive).
    if (outcome.status !== "timeout") disarm?.();
    // A stuck engine makes every lab call wait: say so rather than blame the learner's code.
    if (outcome.status === "timeout" && (await engineLooksStuck())) {
      const stuck = keyed("engineStuck", { what: `the docker calls of ${exercise}`, seconds: Math.round(EXERCISE_TIMEOUT_MS / 1000) });
      outcome = { ...outcome, message: render(stuck), facts: { message: stuck } };
    }
  }, EXERCISE_TIMEOUT_MS + 20_000);

  afterAll(async () => {
    await lab?.dispose();
  }, 30_000);

  return {
    async ready() {
      if (!lab || !outcome) throw new Error(`netlab: the exercise ${exercise} was not set up (beforeAll did not run)`);
      if (outcome.status !== "done") throw learnerFailure(outcome.message, outcome.facts);
      return { lab, value: outcome.value };
    },
  };
}

/**
 * An error whose whole text is the teaching message: no stack into netlab's own code. `facts` (the
 * message as data) travel with it through jest to the hints.
 */
export function learnerFailure(message: string, facts?: FailureFacts): Error {
  const err = Object.assign(new Error(message), facts ? { facts } : {});
  err.stack = message;
  return err;
}
