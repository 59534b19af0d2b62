import { publishServer, WEB_SERVER } from "@target/ch1/port-mapping";
import { NetlabError } from "../../src/errors";
import type { Lab } from "../../src/index";
import { defaultBridge, expectThat, freeHostPort, probeHostPort, probeInterfaces, t, useExercise } from "../../src/testing";

/** A CGI script in web's /var/www that answers with the address the server saw the client come from. */
const whoamiScripts = new WeakMap<Lab, Promise<unknown>>();
async function askWhoCalled(lab: Lab, port: number) {
  const script = '#!/bin/sh\nprintf "Content-Type: text/plain\\r\\n\\r\\n%s\\n" "$REMOTE_ADDR"\n';
  // Written once per lab: two checks ask side by side, and one must not truncate the script the other's request runs.
  if (!whoamiScripts.has(lab)) {
    whoamiScripts.set(lab, lab.exec("web", ["sh", "-c", `mkdir -p /var/www/cgi-bin && printf '%s' '${script}' > /var/www/cgi-bin/whoami && chmod +x /var/www/cgi-bin/whoami`]));
  }
  await whoamiScripts.get(lab);
  return probeHostPort(port, "/cgi-bin/whoami");
}

/** web's server answered through the published port; else a failure that says what came back. */
function expectServed(answer: Awaited<ReturnType<typeof probeHostPort>>, port: number) {
  expectThat(answer.connected && answer.status === 200, () => ({
    check: `curl http://127.0.0.1:${port}/ (on the Docker host)`,
    expected: t("expectedServed", { port }),
    received: t("seenNotServed", { error: answer.error ?? "", status: answer.status === undefined ? "" : String(answer.status) }),
    why: t("whyServed", {}),
    next: t("tryServed", {}),
  }));
}

/** web's port 80 is published on the host port the exercise was given (docker port web 80). */
async function expectPublished(lab: Lab, port: number) {
  const seen = await lab.container("web").hostPort(80);
  expectThat(seen === port, () => ({
    check: "docker port web 80",
    expected: t("expectedPublished", { port }),
    received: t("seenPublished", { port: seen === undefined ? "" : String(seen) }),
    why: t("whyPublished", {}),
    next: t("tryPublished", {}),
  }));
}

describe("ch1-port-mapping: -p publishes a container's port on the Docker host", () => {
  let port = 0;
  const ex = useExercise("ch1-port-mapping", async (lab) => {
    port = await freeHostPort();
    return publishServer(lab, port);
  });

  test.concurrent("docker port shows web's port 80 on the host port it was given", async () => {
    const { lab } = await ex.ready();
    await expectPublished(lab, port);
  });

  test.concurrent("the host reaches web's server at 127.0.0.1:<port>", async () => {
    const { lab } = await ex.ready();
    await expectPublished(lab, port);
    expectServed(await askWhoCalled(lab, port), port);
  });

  test.concurrent("the address is translated: the server sees the bridge's gateway, not the client's 127.0.0.1", async () => {
    const { lab } = await ex.ready();
    await expectPublished(lab, port);
    const [answer, { gateway }] = await Promise.all([askWhoCalled(lab, port), defaultBridge(lab)]);
    expectServed(answer, port);
    // httpd reports an IPv4 client as [::ffff:a.b.c.d].
    const seen = answer.body.trim().replace(/^\[?(::ffff:)?/, "").replace(/\]$/, "");
    expectThat(seen !== "127.0.0.1" && seen === gateway, () => ({
      check: "echo $REMOTE_ADDR (a CGI script in web's server)",
      expected: t("expectedTranslated", { gateway }),
      received: t("seenClient", { seen }),
      why: t("whyTranslated", {}),
      next: t("tryTranslated", {}),
    }));
  });

  test.concurrent("publishing rides on the bridge: web still has its veth pair, the host end on docker0", async () => {
    const { lab } = await ex.ready();
    const [inside, view, { bridge }] = await Promise.all([probeInterfaces(lab.container("web")), lab.hostView(), defaultBridge(lab)]);
    const eth0 = inside.find((i) => i.name === "eth0");
    const hostEnd = eth0?.peerIndex === undefined ? undefined : await view.byIndex(eth0.peerIndex);
    const onBridge = hostEnd !== undefined && hostEnd.master === bridge && hostEnd.peerIndex === eth0?.index && hostEnd.name.startsWith("veth");
    expectThat(onBridge, () => ({
      check: "docker exec web ip link show eth0; ip link (on the Docker host)",
      expected: t("expectedVethOnBridge", { container: "web", bridge: bridge ?? "?" }),
      received: t("seenHostEnd", { name: hostEnd?.name ?? "", master: hostEnd?.master ?? "" }),
      why: t("whyPublishOnBridge", {}),
      next: t("tryPublishOnBridge", {}),
    }));
  });

  // Not concurrent, and last: it starts web2, which must find web holding the port, with no other check still asking web.
  test("a second container cannot publish the same host port: the engine refuses it", async () => {
    const { lab } = await ex.ready();
    // Only a web that holds the port can make the engine refuse web2: say that first, as itself.
    await expectPublished(lab, port);
    const refused = await lab.run("web2", { publish: [`${port}:80`], command: WEB_SERVER }).then(
      () => undefined,
      (err: unknown) => err,
    );
    expectThat(refused !== undefined, () => ({
      check: `docker run --name web2 -p ${port}:80 ...`,
      expected: t("expectedSecondRefused", { port }),
      received: t("seenSecondStarted", {}),
      why: t("whySecondStarted", { port }),
      next: t("tryPublished", {}),
    }));
    // The engine's words differ by engine and version: netlab's reading of them is what is checked.
    const portTaken = refused instanceof NetlabError && refused.key === "portTaken" && (refused.params as { port?: number }).port === port;
    expectThat(portTaken, () => ({
      check: `docker run --name web2 -p ${port}:80 ...`,
      expected: t("expectedSecondRefused", { port }),
      received: t("seenRefusedOtherwise", { said: refused instanceof Error ? refused.message : String(refused) }),
      why: t("whySecondStarted", { port }),
      next: t("tryPublished", {}),
    }));
  });
});
