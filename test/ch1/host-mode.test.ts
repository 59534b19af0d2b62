import { startHostServers } from "@target/ch1/host-mode";
import type { Lab } from "../../src/index";
import { defaultBridge, describeInterfaces, holdDefaultBridge, eventually, expectThat, freeHostPort, probeInterfaces, t, useExercise } from "../../src/testing";

/** h1 and h2 once the dust has settled: one of them may exit when it cannot bind. */
async function hostServers(lab: Lab) {
  const read = () => Promise.all(["h1", "h2"].map(async (name) => ({ name, ...pick((await lab.inspect(name)).State) })));
  return eventually(read, (states) => states.some((s) => !s.running));
}

// Only what the check needs: a failure shows these, not docker inspect's whole State.
const pick = (state: { Running: boolean; ExitCode: number }) => ({ running: state.Running, code: state.ExitCode });

/** The server that serves (with `conflict`: and the other exited with an error); else a failure that says what each did. */
function expectWinner(states: Awaited<ReturnType<typeof hostServers>>, conflict: boolean): string {
  const running = states.filter((s) => s.running);
  const exited = states.filter((s) => !s.running);
  const holds = conflict ? running.length === 1 && exited.length === 1 && exited[0]?.code !== 0 : running.length > 0;
  expectThat(holds, () => ({
    check: t("checkHostServers", {}),
    expected: t("expectedHostServers", {}),
    received: states.map((s) => t("seenServerState", s)).join(", "),
    why: t("whyHostServers", {}),
    next: t("tryHostServers", {}),
  }));
  return running[0]?.name ?? "";
}

describe("ch1-host-mode: in host mode a container shares the Docker host's network", () => {
  let port = 0;
  const ex = useExercise("ch1-host-mode", async (lab) => {
    port = await freeHostPort();
    return startHostServers(lab, port);
  });

  test.concurrent("h1 has no address of its own: docker inspect puts it on the host network only", async () => {
    const { lab } = await ex.ready();
    const [info, addresses] = await Promise.all([lab.inspect("h1"), lab.container("h1").addresses()]);
    expectThat(info.HostConfig.NetworkMode === "host" && addresses.length === 0, () => ({
      check: "docker inspect h1",
      expected: t("expectedHostNetworkMode", {}),
      received: t("seenNetworkMode", { mode: String(info.HostConfig.NetworkMode), addresses: addresses.map((a) => `${a.ip} (${a.network})`).join(", ") }),
      why: t("whyHostMode", {}),
      next: t("tryHostMode", {}),
    }));
  });

  test.concurrent("h1 sees exactly the Docker host's interfaces, docker0 and its gateway address included", async () => {
    const { lab } = await ex.ready();
    await holdDefaultBridge(lab);
    const [inside, host, { gateway, bridge }] = await Promise.all([
      probeInterfaces(lab.container("h1")),
      lab.hostView().then((view) => view.interfaces()),
      defaultBridge(lab),
    ]);
    // Other containers come and go meanwhile (their veths, their networks' bridges): compare the rest,
    // without MACs: a Linux bridge takes the lowest MAC of its ports, which changes as veths join and leave.
    const steady = (list: typeof host) =>
      list
        .filter((i) => !/^(veth|br-)/.test(i.name))
        .map((i) => `${i.index}:${i.name}:${i.addresses.join(",")}`)
        .sort();
    const same = steady(inside).join("|") === steady(host).join("|");
    const seesGateway = inside.find((i) => i.name === bridge)?.addresses.some((a) => a.split("/")[0] === gateway) ?? false;
    expectThat(same && seesGateway, () => ({
      check: "docker exec h1 ip addr; ip addr (on the Docker host)",
      expected: t("expectedHostInterfaces", { bridge: bridge ?? "?", gateway }),
      received: t("seenInsideInterfaces", { inside: describeInterfaces(inside) }),
      why: t("whyHostMode", {}),
      next: t("tryHostMode", {}),
    }));
  });

  test.concurrent("two host-mode servers on one port conflict: one serves, the other cannot bind and exits", async () => {
    const { lab } = await ex.ready();
    expectWinner(await hostServers(lab), true);
  });

  test.concurrent("the server that won answers on the Docker host's own 127.0.0.1:<port>", async () => {
    const { lab } = await ex.ready();
    const name = expectWinner(await hostServers(lab), false);
    await lab.exec(name, ["sh", "-c", `echo "served by ${name}" > /var/www/index.html`]);
    // Asked from the Docker host's own network namespace (also where the engine runs in a VM).
    const view = await lab.hostView();
    const answer = await view.exec(["sh", "-c", `printf 'GET / HTTP/1.0\\r\\n\\r\\n' | timeout 2 nc 127.0.0.1 ${port}`]);
    const served = /^HTTP\/1\.[01] 200 /.test(answer.stdout) && answer.stdout.trim().split("\n").pop() === `served by ${name}`;
    expectThat(served, () => ({
      check: `curl http://127.0.0.1:${port}/ (on the Docker host)`,
      expected: t("expectedServedBy", { port, name }),
      received: t("seenHostAnswer", { answer: answer.stdout.trim().split("\n")[0] ?? "" }),
      why: t("whyServedOnHost", {}),
      next: t("tryHostMode", {}),
    }));
  });
});
