import type { MatcherContext } from "expect";
import { t } from "../messages/translate";
import { probeReach, SHORT_SILENCE_MS, type ReachResult } from "../probes/probe-reach";
import { keyed, render, type KeyedMessage } from "../messages/facts";
import { callHint, failureText, matcherFacts } from "./failure-text";
import { labContainerSubject } from "./subject";

/**
 * await expect(c2).toReach("c1"): one ping by name or address, answered within a second.
 * `.not.toReach` fails only on an answer that comes twice (see ReachOptions.confirm): a one-off
 * answer while Docker rewrites its isolation rules is the engine's, not the lab's. To an address it
 * passes on silence after SHORT_SILENCE_MS when a control ping answered in half that time from the
 * same container and no reply sat unread (ReachOptions.silenceMs), else, and to a name, after the
 * full second. The positive form keeps the full second: its silence is a learner's failure, and a
 * failure is worth waiting a second to be sure of.
 */
export async function toReach(this: MatcherContext, received: unknown, target: string) {
  const from = labContainerSubject("toReach", received);
  const isNot = this.isNot ?? false;
  const result = await probeReach(from, target, isNot ? { confirm: true, silenceMs: SHORT_SILENCE_MS } : {});
  const pass = result.resolved && result.replied;
  return { pass, message: () => reachMessage(result, isNot), facts: matcherFacts("toReach", result.from, target, isNot, reachSeen(result, isNot)) };
}

/** What a reach probe saw, as the failure's Received line says it. */
export function reachSeen(r: ReachResult, isNot: boolean): KeyedMessage {
  if (isNot) return keyed("seenReply", { target: r.target, address: r.address ?? r.target });
  if (!r.resolved) return keyed("seenUnresolved", { from: r.from, target: r.target });
  return keyed("seenNoReply", { target: r.target, address: r.address ?? r.target, seconds: 1 });
}

/** The failure text for a reach probe, in both directions (pure: snapshot-tested). */
export function reachMessage(r: ReachResult, isNot: boolean): string {
  const hint = callHint("toReach", r.from, [r.target], isNot);
  const names = { from: r.from, target: r.target };
  if (isNot) {
    return failureText({
      hint,
      expected: t("expectedNoReach", names),
      received: render(reachSeen(r, isNot)),
      why: t("whyReply", {}),
      next: t("tryReply", names),
    });
  }
  if (!r.resolved) {
    return failureText({
      hint,
      expected: t("expectedReach", names),
      received: render(reachSeen(r, isNot)),
      why: t("whyUnresolved", {}),
      next: t("tryUnresolved", names),
    });
  }
  return failureText({
    hint,
    expected: t("expectedReach", names),
    received: render(reachSeen(r, isNot)),
    why: t("whyNoReply", {}),
    next: t("tryNoReply", names),
  });
}
