import { failureText } from "../matchers/failure-text";
import { learnerFailure } from "./use-exercise";

/** What a failed check says: the docker command that shows the same, then Expected/Received/Why/Try. */
export interface CheckFailure {
  /** The first line: what was looked at, as a docker command ("docker port web 80"). */
  check: string;
  expected: string;
  received: string;
  why: string;
  next: string;
}

/**
 * A check that fails with a teaching message instead of jest's dump of the objects compared (jest
 * has no `expect(value, message)`). The message is built only when the check fails.
 */
export function expectThat(holds: boolean, failure: () => CheckFailure): void {
  if (holds) return;
  const { check, ...parts } = failure();
  throw learnerFailure(failureText({ hint: check, ...parts }));
}
