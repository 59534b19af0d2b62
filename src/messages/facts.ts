import type { MessageKey, MessageParams } from "./catalogue";
import { t } from "./translate";

/** A catalogue message as data: what hints and checks read, whatever language its text was rendered in. */
export interface KeyedMessage<K extends MessageKey = MessageKey> {
  key: K;
  params: MessageParams<K>;
}

/** The matcher call a failure comes from: expect(c1).not.toResolve("c2"). */
export interface MatcherCall {
  subject: string;
  not: boolean;
  matcher: string;
  arg: string;
}

/**
 * What netlab knew when it raised a failure, carried through jest beside the rendered text (as the
 * thrown error's `facts`, or as a matcher result's, which jest keeps on its error): the message the
 * failure is, or the matcher call and what it received. src/jest-run's reporter passes it on.
 */
export interface FailureFacts {
  message?: KeyedMessage;
  call?: MatcherCall;
  received?: KeyedMessage;
}

export function keyed<K extends MessageKey>(key: K, params: MessageParams<K>): KeyedMessage {
  return { key, params } as KeyedMessage;
}

/** A keyed message as text, in the learner's language. */
export function render(message: KeyedMessage): string {
  return t(message.key, message.params as never);
}
