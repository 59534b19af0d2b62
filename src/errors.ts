import type { MessageKey, MessageParams } from "./messages/catalogue";
import { keyed, type FailureFacts } from "./messages/facts";
import { t } from "./messages/translate";

/**
 * A problem the user can fix (Docker down, a clash, a wrong name). Its message comes from the
 * message catalogue in the learner's language.
 */
export class NetlabError<K extends MessageKey = MessageKey> extends Error {
  /** The message as data, for whoever reads the failure after jest (the hints): see FailureFacts. */
  readonly facts: FailureFacts;

  constructor(
    readonly key: K,
    readonly params: MessageParams<K>,
  ) {
    super(t(key, params));
    this.name = "NetlabError";
    this.facts = { message: keyed(key, params) };
    // What jest and node print for an error is its stack: the teaching text alone, without a class
    // name in front ("NetlabError: ...") or frames into netlab's own code, which the learner cannot fix.
    this.stack = this.message;
  }
}
