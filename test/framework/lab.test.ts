import { Lab } from "../../src/index";
import { NetlabError } from "../../src/errors";
import { listContainers } from "../../src/runtime/containers";
import { listNetworks } from "../../src/runtime/networks";
import { LABELS } from "../../src/lab/run-identity";

/** What the engine holds for one lab, found by its labels (as `netlab clean` finds it). */
async function onEngine(lab: Lab) {
  const filter = [`${LABELS.run}=${process.env.NETLAB_RUN_ID}`, `${LABELS.lab}=${lab.id}`];
  const [containers, networks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
  return { containers: containers.length, networks: networks.length };
}

describe("the Lab on a live engine", () => {
  test("plain names become unique, labelled engine names; the learner's name is the hostname", async () => {
    await using lab = new Lab();
    const c1 = await lab.run("c1");
    const info = await c1.inspect();
    expect(info.Name).toBe(`/${c1.realName}`);
    expect(c1.realName).toContain(process.env.NETLAB_RUN_ID);
    expect(c1.realName.endsWith("-c1")).toBe(true);
    expect(info.Config.Labels).toMatchObject({ [LABELS.managed]: "1", [LABELS.name]: "c1", [LABELS.lab]: lab.id });
    expect((await c1.exec("hostname")).stdout.trim()).toBe("c1");
  });

  test("two labs use the same plain names side by side without colliding", async () => {
    await using a = new Lab();
    await using b = new Lab();
    await Promise.all([a.createNetwork("diynetwork"), b.createNetwork("diynetwork")]);
    const [ca, cb] = await Promise.all([a.run("c1", { network: "diynetwork" }), b.run("c1", { network: "diynetwork" })]);
    expect(ca.realName).not.toBe(cb.realName);
    // Each c1 resolves only its own lab's c1-named peers: the networks are apart.
    await Promise.all([a.run("c2", { network: "diynetwork" }), b.run("c2", { network: "diynetwork" })]);
    const [ipA, ipB] = await Promise.all([a.container("c1").ip("diynetwork"), b.container("c1").ip("diynetwork")]);
    const seenFromA = await a.exec("c2", ["ping", "-c", "1", "-W", "1", "c1"]);
    expect(seenFromA.stdout).toContain(`(${ipA})`);
    expect(seenFromA.stdout).not.toContain(`(${ipB})`);
  });

  test("dispose removes every container and network of the lab, also half-made ones", async () => {
    const lab = new Lab();
    await lab.createNetwork("n1");
    await lab.run("c1", { network: "n1" });
    await lab.run("c2");
    const taken = await lab.run("web", { publish: [80] });
    const hostPort = await taken.hostPort(80);
    // The engine creates this container, then fails to start it (the host port is taken).
    await expect(lab.run("web2", { publish: [`${hostPort}:80`] })).rejects.toThrow(NetlabError);
    expect(await onEngine(lab)).toEqual({ containers: 4, networks: 1 });
    const removed = await lab.dispose();
    expect(removed.containers).toHaveLength(4);
    expect(await onEngine(lab)).toEqual({ containers: 0, networks: 0 });
    await expect(lab.run("c3")).rejects.toThrow(/torn down/);
  });

  test("a missing container or network gets a teaching error that names what exists", async () => {
    await using lab = new Lab();
    await lab.run("c1");
    expect(() => lab.container("c2")).toThrow(/no container "c2".*it has: c1/s);
    await expect(lab.run("c2", { links: ["nope"] })).rejects.toThrow(/no container "nope"/);
    await expect(lab.run("c3", { network: "diynetwork" })).rejects.toThrow(/no network "diynetwork"/);
    await expect(lab.run("c1")).rejects.toThrow(/already exists/);
    await expect(lab.run("bad name")).rejects.toThrow(/not a usable name/);
  });

  test("a subnet that overlaps another network is refused with the clash named", async () => {
    await using lab = new Lab();
    const plan = await lab.freeSubnet();
    await lab.createNetwork("first", { subnet: plan.subnet, gateway: plan.gateway });
    await expect(lab.createNetwork("second", { subnet: plan.subnet })).rejects.toThrow(
      new RegExp(`${plan.subnet.replace(/\./g, "\\.")} overlaps .*the Docker network "first"`),
    );
    const bridge = (await lab.inspectNetwork("bridge")).IPAM?.Config?.[0]?.Subnet as string;
    await expect(lab.createNetwork("third", { subnet: bridge })).rejects.toThrow(/the Docker network "bridge"/);
  });

  test("freeSubnet hands out distinct subnets with their first address as gateway", async () => {
    await using lab = new Lab();
    const [a, b] = await Promise.all([lab.freeSubnet(), lab.freeSubnet()]);
    expect(a.subnet).not.toBe(b.subnet);
    expect(a.gateway).toBe(a.subnet.replace(/0\/24$/, "1"));
  });

  test("exec is bounded: a command that hangs ends with a clear timeout", async () => {
    await using lab = new Lab();
    await lab.run("c1");
    const started = Date.now();
    await expect(lab.exec("c1", "sleep 30", 500)).rejects.toThrow(/did not finish within 0.5s/);
    expect(Date.now() - started).toBeLessThan(8000); // the command itself would run 30 s
  });

  test("the default bridge's gateway is read from the engine, and its Linux bridge (docker0 by default) holds it on the host", async () => {
    await using lab = new Lab();
    const { subnet, gateway } = await lab.networkIpam("bridge");
    expect(subnet).toMatch(/^\d+\.\d+\.\d+\.\d+\/\d+$/);
    expect(gateway).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    await lab.run("c1");
    expect((await lab.networkIpam("bridge")).gateway).toBe(gateway);
    const bridge = await lab.bridgeOf("bridge");
    const onHost = (await (await lab.hostView()).interfaces()).find((i) => i.name === bridge);
    expect(onHost?.addresses.map((a) => a.split("/")[0])).toContain(gateway);
  });
});
