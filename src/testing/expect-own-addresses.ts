import type { Lab } from "../lab/lab";
import { t } from "../messages/translate";
import { addressOn } from "./address-on";
import { expectThat } from "./expect-that";

/** Two containers on one network, each at an address of its own (docker inspect): a failure says which they share. */
export async function expectOwnAddresses(lab: Lab, [a, b]: [string, string], network: string): Promise<void> {
  const [ipA, ipB] = await Promise.all([addressOn(lab, a, network), addressOn(lab, b, network)]);
  expectThat(ipA !== ipB, () => ({
    check: `docker inspect ${a} ${b}`,
    expected: t("expectedTwoAddresses", { a, b }),
    received: t("seenSameAddress", { a, b, ip: ipA }),
    why: t("whyTwoAddresses", {}),
    next: t("tryTwoContainers", { a, b }),
  }));
}
