import type { Lab } from "../lab/lab";
import { t } from "../messages/translate";
import { learnerFailure } from "./use-exercise";

/**
 * A container's address on one network, read from the engine. When it has none, the test fails with
 * why (it is not on that network, or a connect is still under way), not with a probe of `undefined`.
 */
export async function addressOn(lab: Lab, container: string, network: string): Promise<string> {
  assertSettled(lab, container);
  const addresses = await lab.container(container).addresses();
  const found = addresses.find((a) => a.network === network)?.ip;
  if (found) return found;
  throw learnerFailure(t("noAddressOn", { container, network, networks: addresses.map((a) => a.network).join(", ") }));
}

/**
 * Fails when a connect or disconnect of the container is still under way. Checked before reading, so
 * that a missing `await` fails every time, not only when Docker happens to be slower than the check.
 */
export function assertSettled(lab: Lab, container: string): void {
  const [pending] = lab.callsUnderWay(container);
  if (pending) throw learnerFailure(t("callStillRunning", { ...pending, container }));
}
