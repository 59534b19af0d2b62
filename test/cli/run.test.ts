import fs from "node:fs";
import path from "node:path";
import { AFTER_CHECK_MS, CliProcess } from "./support/cli-process";
import { NO_ENGINE, runResourcesAfterCleanup } from "./support/engine";
import { netlab, noWaitBound, quickestWithStart, scratchProject, solve } from "./support/scratch-project";

const progress = (root: string) => JSON.parse(fs.readFileSync(path.join(root, ".netlab", "progress.json"), "utf8")) as { exercises: Record<string, { status: string; lastCheck?: { passed: number; total: number } }> };

describe("netlab run <id>", () => {
  const project = scratchProject();
  afterAll(() => project.remove());

  test("with no engine reachable: says so without hanging, with the fix, exit 3", async () => {
    const { result: r, startMs } = await quickestWithStart(5, ["run", "ch3-link"], { cwd: project.root, env: NO_ENGINE });
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(noWaitBound(startMs));
    expect(r.stderr).toContain("Docker engine not reachable");
    expect(r.stderr).toContain("Try: start Docker");
    expect(fs.existsSync(path.join(project.root, ".netlab", "progress.json"))).toBe(false);
  });

  test("an exercise that does not exist: exit 2, with the candidates", async () => {
    const r = await netlab(["run", "link"], { cwd: project.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("ch3-link, ch3-predict-link");
  });

  test("the untouched stub: each check fails with its teaching message, once; pending; exit 1", async () => {
    const r = await netlab(["run", "ch3-link"], { cwd: project.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Checking ch3-link");
    expect(r.stdout).toMatch(/^ {2}✗ c2 reaches c1 by name/m);
    expect(r.stdout.match(/not yet done: /g)).toHaveLength(1);
    expect(r.stdout).toContain("✗ ch3-link is not done yet: 0/4 checks pass.");
    expect(r.stdout).toContain("npx netlab hint ch3-link");
    expect(progress(project.root).exercises["ch3-link"]).toMatchObject({ status: "pending", lastCheck: { passed: 0, total: 4 } });
  });

  test("a wrong topology: what the engine saw, and a hint from that state", async () => {
    fs.writeFileSync(
      path.join(project.root, "exercises", "ch3", "link.ts"),
      'import { Lab } from "netlab";\nexport async function linkContainers(lab: Lab): Promise<void> {\n  await lab.run("c1");\n  await lab.run("c2");\n}\n',
    );
    const r = await netlab(["run", "ch3-link"], { cwd: project.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Received: "c1" does not resolve inside c2');
    expect(r.stdout).toContain("✗ ch3-link is not done yet: 1/4 checks pass.");
    const hint = await netlab(["hint", "ch3-link"], { cwd: project.root });
    expect(hint.code).toBe(0);
    expect(hint.stdout).toContain("What your last check saw (just now, 1/4 passing):");
    expect(hint.stdout).toContain("c2's /etc/hosts has no entry for c1: did you pass a link?");
  });

  test("the solution: every check passes, done, the next exercise named; exit 0", async () => {
    solve(project.root, "ch3/link.ts");
    const r = await netlab(["run", "ch3-link"], { cwd: project.root, env: { NETLAB_LANG: "zh" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✓ ch3-link 通过：4/4 项检查，+4 分。");
    expect(r.stdout).toContain("下一步：`npx netlab run");
    expect(progress(project.root).exercises["ch3-link"]?.status).toBe("done");
  });

  test("a syntax error in the learner's file: the tests could not run, and where to look", async () => {
    fs.writeFileSync(path.join(project.root, "exercises", "ch3", "default-bridge.ts"), "export async function startOnDefaultBridge(lab) {\n  const = lab;\n}\n");
    const r = await netlab(["run", "ch3-default-bridge"], { cwd: project.root });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("its tests could not run at all");
    expect(r.stdout).toContain("exercises/ch3/default-bridge.ts");
  });
});

describe("netlab run, interrupted", () => {
  const project = scratchProject();
  afterAll(() => project.remove());

  test("Ctrl-C in the middle of a check: it stops, and nothing it made stays on the engine", async () => {
    solve(project.root, "ch3/user-network.ts");
    const run = new CliProcess(["run", "ch3-user-network"], { cwd: project.root });
    try {
      await run.waitFor(/^Checking ch3-user-network/);
      // Wait until the check has started making things (its first test result), then press Ctrl-C.
      // As long as the check moves: two selftests at once took it past 60 s to get there.
      await run.waitFor(/^ {2}[✓✗] /, 0, AFTER_CHECK_MS);
      expect(await run.stop("SIGINT")).toBe(130);
      const runId = /Interrupted: the check stops and removes what it made on the engine \(run ([0-9a-f]+)\)\./.exec(run.output)?.[1];
      expect(runId).toBeDefined();
      expect(await runResourcesAfterCleanup(runId ?? "")).toEqual([]);
    } finally {
      await run.stop("SIGKILL");
    }
  }, AFTER_CHECK_MS + 60_000);

  test("an endless synchronous loop: stopped after the exercise's time limit, said why, nothing left; hint knows", async () => {
    fs.writeFileSync(
      path.join(project.root, "exercises", "ch3", "link.ts"),
      'import { Lab } from "netlab";\nexport async function linkContainers(lab: Lab): Promise<void> {\n  await lab.run("c1");\n  for (;;) {}\n}\n',
    );
    // Nothing but the guard can end this: no timer, no signal handler runs while the loop spins.
    // lab.run gets the usual minute even on a loaded machine; the loop after it gets 3 s. Unloaded,
    // this takes about 6 s; the bound is for a 2-core machine running the whole selftest.
    const r = await netlab(["run", "ch3-link"], { cwd: project.root, env: { NETLAB_EXERCISE_TIMEOUT_MS: "60000", NETLAB_LOOP_GUARD_MS: "3000" }, timeoutMs: 150_000 });
    // On a failure, everything netlab said shows.
    expect([r.code, r.ms, `${r.stdout}\n${r.stderr}`]).toEqual([1, r.ms, expect.stringContaining("Your code in exercises/ch3/link.ts kept the test process busy for 3s without a pause")]);
    expect(r.stdout).toContain("✗ ch3-link is not done yet: its code was stopped (above)");
    const runId = /on the engine \(run ([0-9a-f]+)\) is removed/.exec(r.stdout)?.[1];
    expect(runId).toBeDefined();
    expect(await runResourcesAfterCleanup(runId ?? "")).toEqual([]);
    const hint = await netlab(["hint", "ch3-link"], { cwd: project.root });
    expect(hint.stdout).toContain("Your code in exercises/ch3/link.ts blocked the process for 3s (a loop that never ends)");
  }, 200_000);

  test("a check that shows no progress: stopped after the bound on silence, and said so", async () => {
    fs.writeFileSync(
      path.join(project.root, "exercises", "ch3", "link.ts"),
      'import { Lab } from "netlab";\nexport async function linkContainers(lab: Lab): Promise<void> {\n  await lab.run("c1");\n  await new Promise(() => undefined);\n}\n',
    );
    // The exercise's own bound is pushed past the check's bound on silence, so that silence is what ends it.
    const r = await netlab(["run", "ch3-link"], { cwd: project.root, env: { NETLAB_EXERCISE_TIMEOUT_MS: "120000", NETLAB_CHECK_STALL_MS: "4000" }, timeoutMs: 150_000 });
    expect([r.code, `${r.stdout}\n${r.stderr}`]).toEqual([1, expect.stringContaining("✗ The check of ch3-link made no progress for 4s and was stopped; what it made on the engine was removed.")]);
  }, 200_000);
});
