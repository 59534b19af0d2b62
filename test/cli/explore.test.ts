import fs from "node:fs";
import path from "node:path";
import { parseMermaid } from "../../src/dev/parse-mermaid";
import { CliProcess } from "./support/cli-process";
import { runResources } from "./support/engine";
import { netlab, scratchProject } from "./support/scratch-project";

const runOf = (output: string) => /\(run ([0-9a-f]+)\)/.exec(output)?.[1] ?? "?";

describe("netlab explore <id>", () => {
  const project = scratchProject();
  afterAll(() => project.remove());

  test("--once: builds the reference topology, prints exec lines and the docker CLI, draws it, removes it", async () => {
    const r = await netlab(["explore", "ch3-link", "--once"], { cwd: project.root });
    expect(r.code).toBe(0);
    const run = runOf(r.stdout);
    expect(r.stdout).toContain("Built ch3-link from solutions/ch3/link.ts");
    expect(r.stdout).toMatch(new RegExp(`^ {6}docker exec -it nl-${run}-\\S+-c1 sh$`, "m"));
    expect(r.stdout).toMatch(new RegExp(`^ {6}docker exec -it nl-${run}-\\S+-c2 sh$`, "m"));
    expect(r.stdout).toMatch(/^ {2}c2 +\d+\.\d+\.\d+\.\d+ \(bridge, eth0 ⇄ veth\w+\)$/m);
    // c1 first: a link target must exist before the container that names it.
    expect(r.stdout).toMatch(/^ {2}docker run -d --name c1 \S+ sleep 86400\n {2}docker run -d --name c2 --link c1 \S+ sleep 86400$/m);
    const mmd = fs.readFileSync(path.join(project.root, ".netlab", "explore", "ch3-link.mmd"), "utf8");
    expect(mmd).toMatch(/c_c2 -\.->\|"--link c1"\| c_c1/);
    expect(parseMermaid([mmd])).toEqual([{ ok: true, type: "flowchart-v2" }]);
    const svg = fs.readFileSync(path.join(project.root, ".netlab", "explore", "ch3-link.svg"), "utf8");
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // The default bridge's Linux bridge as this engine names it (docker0 by default; CI's engine runs on its own).
    const bridge = /net_bridge\["bridge · ([^<"]+)<br\/>/.exec(mmd)?.[1];
    expect(bridge).toMatch(/^\S+$/);
    expect(svg).toContain(bridge);
    expect(r.stdout).toMatch(/Removed what explore made: 2 container\(s\), 0 network\(s\)\./); // c1 and c2, as built; not netlab's host-view helper
    expect(await runResources(run)).toEqual([]);
  }, 90_000);

  test("left running until Ctrl-C, which removes everything it made", async () => {
    const explore = new CliProcess(["explore", "ch3-user-network", "--out", "drawings"], { cwd: project.root });
    try {
      await explore.waitFor(/Ctrl-C removes everything explore made/);
      const run = runOf(explore.output);
      const live = await runResources(run);
      expect(live.filter((n) => /-(c1|c2|diynetwork)$/.test(n))).toHaveLength(3);
      expect(explore.output).toMatch(/docker network create --driver bridge --subnet 10\.\d+\.\d+\.0\/24 --gateway 10\.\d+\.\d+\.1 diynetwork/);
      expect(fs.existsSync(path.join(project.root, "drawings", "ch3-user-network.svg"))).toBe(true);
      expect(await explore.stop("SIGINT")).toBe(0);
      expect(explore.output).toMatch(/Removed what explore made: 2 container\(s\), 1 network\(s\)\./);
      expect(await runResources(run)).toEqual([]);
    } finally {
      await explore.stop("SIGKILL");
    }
  }, 90_000);

  test("--mine on an untouched stub: nothing to explore, and how to see why (exit 1)", async () => {
    const r = await netlab(["explore", "ch3-link", "--mine"], { cwd: project.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Nothing to explore: exercises/ch3/link.ts started no container");
    expect(r.stdout).toContain("npx netlab run ch3-link");
    // Only netlab's helper was there to remove: no "Removed ... 1 container(s)" after "started no container".
    expect(r.stdout).not.toContain("Removed what explore made");
  }, 60_000);

  test("needs an exercise id (exit 2)", async () => {
    expect((await netlab(["explore"], { cwd: project.root })).code).toBe(2);
  });
});
