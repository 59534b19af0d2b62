import type { Exercise } from "../../course/catalogue";
import type { LastCheck } from "../state/progress-store";
import { matcherCall, matchMessage } from "./message-pattern";
import { STATE_RULES, type StateRule } from "./state-rules";

/** The hint of the first rule that applies to one failure, or undefined. */
export function hintFor(exercise: Exercise, failure: { test: string; message: string }, rules: StateRule[] = STATE_RULES): string | undefined {
  const file = `exercises/${exercise.file}`;
  const call = matcherCall(failure.message);
  for (const rule of rules) {
    if (rule.exercises && !rule.exercises.includes(exercise.id)) continue;
    if (rule.test && !rule.test.test(failure.test)) continue;
    let params: Record<string, string> = {};
    if (rule.seen) {
      const found = matchMessage(rule.seen.key, failure.message, rule.seen.fixed, rule.seen.label);
      if (!found) continue;
      params = found;
    }
    return rule.hint({ params, call, file });
  }
  return undefined;
}

/** Hints from what the last live check saw: one per distinct finding, in the order of the failures. */
export function stateHints(exercise: Exercise, check: LastCheck | undefined, rules: StateRule[] = STATE_RULES): string[] {
  const hints: string[] = [];
  for (const failure of check?.failures ?? []) {
    const hint = hintFor(exercise, failure, rules);
    if (hint && !hints.includes(hint)) hints.push(hint);
  }
  return hints;
}
