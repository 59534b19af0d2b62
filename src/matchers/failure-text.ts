import type { FailureFacts, KeyedMessage } from "../messages/facts";
import { t } from "../messages/translate";
import { displayWidth } from "../messages/display-width";

export interface FailureParts {
  /** The matcher call as written: expect(c2).toReach("c1") */
  hint: string;
  expected: string;
  received: string;
  why?: string;
  next?: string;
}

/** A failed matcher's text: the call, then Expected/Received/Why/Try on aligned lines. */
export function failureText(parts: FailureParts): string {
  const rows: Array<[string, string | undefined]> = [
    [t("labelExpected", {}), parts.expected],
    [t("labelReceived", {}), parts.received],
    [t("labelWhy", {}), parts.why],
    [t("labelTry", {}), parts.next],
  ];
  const present = rows.filter((r): r is [string, string] => r[1] !== undefined);
  const width = Math.max(...present.map(([label]) => displayWidth(label)));
  const lines = present.map(([label, text]) => `${label}${" ".repeat(width - displayWidth(label) + 1)}${text}`);
  return [parts.hint, "", ...lines].join("\n");
}

/** expect(c2).not.toReach("c1") */
export function callHint(matcher: string, subject: string, args: unknown[], isNot: boolean): string {
  const rendered = args.map((a) => JSON.stringify(a)).join(", ");
  return `expect(${subject})${isNot ? ".not" : ""}.${matcher}(${rendered})`;
}

/** A failed matcher's facts: its call and what it received, as data (jest keeps them on its error; the hints read them). */
export function matcherFacts(matcher: string, subject: string, arg: string, isNot: boolean, received: KeyedMessage): FailureFacts {
  return { call: { subject, not: isNot, matcher, arg }, received };
}
