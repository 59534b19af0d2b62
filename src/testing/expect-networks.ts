import type { Lab } from "../lab/lab";
import { t } from "../messages/translate";
import { assertSettled } from "./address-on";
import { expectThat } from "./expect-that";

/**
 * The container is on exactly these networks (docker inspect), in any order. A difference fails with
 * what to join or leave; an unawaited connect or disconnect is named as such.
 */
export async function expectNetworks(lab: Lab, container: string, expected: string[]): Promise<void> {
  assertSettled(lab, container);
  const seen = (await lab.container(container).addresses()).map((a) => a.network);
  const missing = expected.filter((n) => !seen.includes(n));
  const extra = seen.filter((n) => !expected.includes(n));
  if (missing.length + extra.length === 0) return;
  expectThat(false, () => ({
    check: t("checkNetworks", { container }),
    expected: t("expectedNetworks", { container, networks: expected.join(", ") }),
    received: t("seenNetworks", { container, networks: seen.join(", ") }),
    why: t("whyNetworks", {}),
    next: [...missing.map((network) => t("tryJoin", { container, network })), ...extra.map((network) => t("tryLeave", { container, network }))].join("; ") + ".",
  }));
}
