import type { MatcherContext } from "expect";
import { t } from "../messages/translate";
import { probeReach, type ReachResult } from "../probes/probe-reach";
import { callHint, failureText } from "./failure-text";
import { labContainerSubject } from "./subject";

/**
 * await expect(c2).toReach("c1"): one ping by name or address, answered within a second.
 * `.not.toReach` fails only on an answer that comes twice (see ReachOptions.confirm): a one-off
 * answer while Docker rewrites its isolation rules is the engine's, not the lab's.
 */
export async function toReach(this: MatcherContext, received: unknown, target: string) {
  const from = labContainerSubject("toReach", received);
  const result = await probeReach(from, target, { confirm: this.isNot ?? false });
  const pass = result.resolved && result.replied;
  return { pass, message: () => reachMessage(result, this.isNot ?? false) };
}

/** The failure text for a reach probe, in both directions (pure: snapshot-tested). */
export function reachMessage(r: ReachResult, isNot: boolean): string {
  const hint = callHint("toReach", r.from, [r.target], isNot);
  const names = { from: r.from, target: r.target };
  if (isNot) {
    return failureText({
      hint,
      expected: t("expectedNoReach", names),
      received: t("seenReply", { target: r.target, address: r.address ?? r.target }),
      why: t("whyReply", {}),
      next: t("tryReply", names),
    });
  }
  if (!r.resolved) {
    return failureText({
      hint,
      expected: t("expectedReach", names),
      received: t("seenUnresolved", names),
      why: t("whyUnresolved", {}),
      next: t("tryUnresolved", names),
    });
  }
  return failureText({
    hint,
    expected: t("expectedReach", names),
    received: t("seenNoReply", { target: r.target, address: r.address ?? r.target, seconds: 1 }),
    why: t("whyNoReply", {}),
    next: t("tryNoReply", names),
  });
}
