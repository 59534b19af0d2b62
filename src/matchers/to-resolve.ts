import type { MatcherContext } from "expect";
import { t } from "../messages/translate";
import { probeResolve, type ResolveResult } from "../probes/probe-resolve";
import { SHORT_SILENCE_MS } from "../probes/probe-reach";
import { keyed, render, type KeyedMessage } from "../messages/facts";
import { callHint, failureText, matcherFacts } from "./failure-text";
import { labContainerSubject } from "./subject";

/** await expect(c1).toResolve("c2"): the name resolves inside the container (/etc/hosts or DNS). */
export async function toResolve(this: MatcherContext, received: unknown, name: string) {
  const from = labContainerSubject("toResolve", received);
  const isNot = this.isNot ?? false;
  // Expecting no answer: the short bound, as .not.toReach has (a failing positive check waits the full second).
  const result = await probeResolve(from, name, isNot ? { unansweredMs: SHORT_SILENCE_MS } : {});
  return { pass: result.address !== undefined, message: () => resolveMessage(result, isNot), facts: matcherFacts("toResolve", result.from, name, isNot, resolveSeen(result, isNot)) };
}

/** What a name lookup saw, as the failure's Received line says it. */
export function resolveSeen(r: ResolveResult, isNot: boolean): KeyedMessage {
  if (isNot) return keyed("seenResolved", { name: r.name, address: r.address ?? "?", source: r.source ?? "dns" });
  return keyed("seenUnresolved", { from: r.from, target: r.name });
}

export function resolveMessage(r: ResolveResult, isNot: boolean): string {
  const hint = callHint("toResolve", r.from, [r.name], isNot);
  if (isNot) {
    const source = r.source ?? "dns";
    return failureText({
      hint,
      expected: t("expectedNoResolve", { from: r.from, name: r.name }),
      received: render(resolveSeen(r, isNot)),
      why: t("whyResolved", { source }),
      next: t("tryResolved", { from: r.from }),
    });
  }
  return failureText({
    hint,
    expected: t("expectedResolve", { from: r.from, name: r.name }),
    received: render(resolveSeen(r, isNot)),
    why: t("whyUnresolved", {}),
    next: t("tryUnresolved", { from: r.from, target: r.name }),
  });
}
