import { Lab } from "../../src/index";
import { probeReach, probeResolve, probeTcp, SHORT_SILENCE_MS, useLab } from "../../src/testing";

describe("probes: bounded, and they tell the failure apart", () => {
  const lab = useLab();

  beforeAll(async () => {
    await lab().createNetwork("isolated");
    await Promise.all([
      lab().run("c1"),
      lab().run("web", { command: ["httpd", "-f", "-p", "8080"] }),
      lab().run("far", { network: "isolated" }),
      lab().run("near", { network: "isolated" }),
    ]);
    await lab().run("c2", { links: ["c1"] });
  });

  test("a name that does not resolve fails fast, as 'does not resolve'", async () => {
    const started = Date.now();
    const r = await probeReach(lab().container("c1"), "c2");
    expect(r).toMatchObject({ resolved: false, replied: false });
    // Unbounded, a lookup would wait for DNS (10 s by default); the ~1 s figure is measured by npm run bench.
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("an address on another network resolves but does not answer, within about a second", async () => {
    const far = (await lab().container("far").ip("isolated")) as string;
    const started = Date.now();
    const r = await probeReach(lab().container("c1"), far);
    expect(r).toMatchObject({ resolved: true, replied: false, address: far });
    expect(Date.now() - started).toBeLessThan(5000); // ping's own default wait is 10 s
  });


  test("a ping that cannot run fails a negative check with the probe's error: it never passes it", async () => {
    // No ping in the container: silence from it would prove nothing (as on an engine without NET_RAW).
    await lab().run("noping");
    await lab().exec("noping", ["rm", "/bin/ping"]);
    const far = (await lab().container("far").ip("isolated")) as string;
    await expect(expect(lab().container("noping")).not.toReach(far)).rejects.toThrow(/probe could not run/);
    await expect(expect(lab().container("noping")).not.toResolve("c1")).rejects.toThrow(/probe could not run/);
  });

  test("resolve with the short bound (.not.toResolve's): a name the network's DNS knows resolves to its address, one it does not know does not", async () => {
    const far = lab().container("far");
    const near = (await lab().container("near").ip("isolated")) as string;
    await expect(probeResolve(far, "near", { unansweredMs: SHORT_SILENCE_MS })).resolves.toMatchObject({ address: near, source: "dns" });
    await expect(probeResolve(far, "c1", { unansweredMs: SHORT_SILENCE_MS })).resolves.toEqual({ from: "far", name: "c1" });
    // The matcher takes that path: a name that resolves fails .not.toResolve with the address it got.
    await expect(expect(far).not.toResolve("near")).rejects.toThrow(new RegExp(`near.*${near.replace(/\./g, "\\.")}`));
  });

  test("resolve says where the name came from: /etc/hosts for a link", async () => {
    await expect(probeResolve(lab().container("c2"), "c1")).resolves.toMatchObject({ source: "hosts" });
  });

  test("tcp: a listening port connects; a closed one does not", async () => {
    await expect(probeTcp(lab().container("c2"), (await lab().container("web").ip()) as string, 8080)).resolves.toMatchObject({ connected: true });
    await expect(probeTcp(lab().container("c2"), (await lab().container("web").ip()) as string, 8081)).resolves.toMatchObject({ connected: false });
  });

  test("an address that is not one of the lab's containers is refused before any packet is sent", async () => {
    const { gateway } = await lab().networkIpam("bridge");
    expect(gateway).toBeDefined();
    await expect(probeReach(lab().container("c1"), gateway as string)).rejects.toThrow(/does not belong to any container or network of this lab/);
    await expect(probeReach(lab().container("c1"), "c1; rm -rf /")).rejects.toThrow(/Matcher error/);
  });

  test("matchers: a positive and a .not form on live containers", async () => {
    await expect(lab().container("c2")).toReach("c1");
    await expect(lab().container("c1")).not.toReach("c2");
    await expect(lab().container("far")).not.toResolve("c1");
  });

  test("a matcher on something that is not a lab container is a Matcher error", async () => {
    await expect(expect("c1").toReach("c2")).rejects.toThrow(/Matcher error: toReach needs a lab container/);
    expect(lab()).toBeInstanceOf(Lab);
  });
});
