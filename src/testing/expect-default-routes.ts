import type { Lab } from "../lab/lab";
import { parseIpRoute } from "../lab/ip-output";
import { t } from "../messages/translate";
import { expectThat } from "./expect-that";

/** Each container's default route goes out through the gateway, on eth0: the check of ch2-docker0 and ch2-host-reach. */
export async function expectDefaultRoutes(lab: Lab, names: string[], gateway: string, network: string): Promise<void> {
  const tables = await Promise.all(names.map(async (name) => ({ name, routes: parseIpRoute((await lab.exec(name, ["ip", "route"])).stdout) })));
  const defaults = tables.map(({ name, routes }) => ({ name, route: routes.find((r) => r.destination === "default") }));
  expectThat(
    defaults.every(({ route }) => route?.via === gateway && route.dev === "eth0"),
    () => ({
      check: names.map((name) => `docker exec ${name} ip route`).join("; "),
      expected: t("expectedDefaultRoute", { gateway }),
      received: t("seenRoutes", { routes: defaults.map(({ name, route }) => `${name}: ${route ? `default via ${route.via ?? "?"} dev ${route.dev ?? "?"}` : "no default route"}`).join(", ") }),
      why: t("whyDefaultRoute", {}),
      next: t("tryDefaultRoute", { network }),
    }),
  );
}
