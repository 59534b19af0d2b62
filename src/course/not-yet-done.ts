import { keyed, type FailureFacts } from "../messages/facts";
import { t } from "../messages/translate";

/** Thrown by an untouched stub: the exercise's tests fail with "not yet done: <what to do>". */
export class NotYetDoneError extends Error {
  readonly facts: FailureFacts;

  constructor(readonly todo: string) {
    super(t("notYetDone", { todo }));
    this.name = "NotYetDoneError";
    this.facts = { message: keyed("notYetDone", { todo }) };
  }
}

/** Marks an exercise as not done yet. Delete this call once you have written the code. */
export function notYetDone(todo: string): never {
  throw new NotYetDoneError(todo);
}
