import type { MatcherContext } from "expect";
import { t } from "../messages/translate";
import { probeResolve, type ResolveResult } from "../probes/probe-resolve";
import { callHint, failureText } from "./failure-text";
import { labContainerSubject } from "./subject";

/** await expect(c1).toResolve("c2"): the name resolves inside the container (/etc/hosts or DNS). */
export async function toResolve(this: MatcherContext, received: unknown, name: string) {
  const from = labContainerSubject("toResolve", received);
  const result = await probeResolve(from, name);
  return { pass: result.address !== undefined, message: () => resolveMessage(result, this.isNot ?? false) };
}

export function resolveMessage(r: ResolveResult, isNot: boolean): string {
  const hint = callHint("toResolve", r.from, [r.name], isNot);
  if (isNot) {
    const source = r.source ?? "dns";
    return failureText({
      hint,
      expected: t("expectedNoResolve", { from: r.from, name: r.name }),
      received: t("seenResolved", { name: r.name, address: r.address ?? "?", source }),
      why: t("whyResolved", { source }),
      next: t("tryResolved", { from: r.from }),
    });
  }
  return failureText({
    hint,
    expected: t("expectedResolve", { from: r.from, name: r.name }),
    received: t("seenUnresolved", { from: r.from, target: r.name }),
    why: t("whyUnresolved", {}),
    next: t("tryUnresolved", { from: r.from, target: r.name }),
  });
}
