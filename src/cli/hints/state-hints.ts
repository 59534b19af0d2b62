import type { Exercise } from "../../course/catalogue";
import type { FailureFacts, KeyedMessage } from "../../messages/facts";
import type { LastCheck } from "../state/progress-store";
import { STATE_RULES, type StateRule } from "./state-rules";

/** One failure of the last check: its test, and what netlab knew of it (the text is for display only). */
export interface CheckedFailure {
  test: string;
  facts?: FailureFacts;
}

/** The hint of the first rule that applies to one failure, or undefined. */
export function hintFor(exercise: Exercise, failure: CheckedFailure, rules: StateRule[] = STATE_RULES): string | undefined {
  const file = `exercises/${exercise.file}`;
  const call = failure.facts?.call;
  for (const rule of rules) {
    if (rule.exercises && !rule.exercises.includes(exercise.id)) continue;
    if (rule.test && !rule.test.test(failure.test)) continue;
    let params: Record<string, string> = {};
    if (rule.seen) {
      const found = paramsOf(rule.seen.received ? failure.facts?.received : failure.facts?.message, rule.seen.key, rule.seen.fixed);
      if (!found) continue;
      params = found;
    }
    return rule.hint({ params, call, file });
  }
  return undefined;
}

/** The message's parameters as text when it is the entry `key` (with the `fixed` ones), else undefined. */
function paramsOf(message: KeyedMessage | undefined, key: string, fixed: Record<string, string> = {}): Record<string, string> | undefined {
  if (message?.key !== key) return undefined;
  const params = Object.fromEntries(Object.entries(message.params as Record<string, unknown>).map(([name, value]) => [name, value === undefined ? "" : String(value)]));
  return Object.entries(fixed).every(([name, value]) => params[name] === value) ? params : undefined;
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
