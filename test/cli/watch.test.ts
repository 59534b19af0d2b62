import fs from "node:fs";
import path from "node:path";
import { AFTER_CHECK_MS, CliProcess } from "./support/cli-process";
import { NO_ENGINE, runResourcesAfterCleanup } from "./support/engine";
import { LABELS } from "../../src/lab/run-identity";
import { listContainers } from "../../src/runtime/containers";
import { noWaitBound, quickestWithStart, scratchProject, solve } from "./support/scratch-project";
import { loadCatalogue } from "../../src/course/catalogue";

/** A scratch project where every exercise before ch3-link is done: watch starts at ch3-link. */
function projectAtLink() {
  const project = scratchProject();
  const course = loadCatalogue().exercises;
  const before = course.slice(0, course.findIndex((e) => e.id === "ch3-link"));
  fs.mkdirSync(path.join(project.root, ".netlab"));
  fs.writeFileSync(path.join(project.root, ".netlab", "progress.json"), JSON.stringify({ version: 1, exercises: Object.fromEntries(before.map((e) => [e.id, { status: "done" }])) }));
  return project;
}

/** The jest runs a process has started, by process id (Linux: /proc; the CLI's esbuild service is another child). */
function jestChildren(pid: number): string[] {
  const tasks = path.join("/proc", String(pid), "task");
  const read = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "");
  return fs.existsSync(tasks)
    ? fs.readdirSync(tasks)
        .flatMap((task) => read(path.join(tasks, task, "children")).trim().split(/\s+/).filter(Boolean))
        .filter((child) => read(path.join("/proc", child, "cmdline")).includes("jest-process.js"))
    : [];
}

describe("netlab watch", () => {
  test("checks the current exercise, again on each save, then moves on to the next and checks it", async () => {
    const project = projectAtLink();
    const watch = new CliProcess(["watch"], { cwd: project.root });
    try {
      await watch.waitFor(/^▶ Exercise \d+\/\d+: ch3-link/);
      await watch.waitFor(/^✗ ch3-link is not done yet: 0\/4 checks pass\.$/, 0, AFTER_CHECK_MS);
      const waiting = await watch.waitFor(/^Waiting for you to save exercises\/ch3\/link\.ts\.\.\. Stuck\? Run `npx netlab hint ch3-link`/, 0, AFTER_CHECK_MS);
      await new Promise((resolve) => setTimeout(resolve, 1000)); // the learner types
      solve(project.root, "ch3/link.ts");
      await watch.waitFor(/^exercises\/ch3\/link\.ts saved: checking again\.$/, waiting.index);
      // How fast is scripts/measure-watch.ts's to measure, at rest; here only that the verdict comes.
      const verdict = await watch.waitFor(/^✓ ch3-link passed: 4\/4 checks, \+4 points\.$/, waiting.index, AFTER_CHECK_MS);
      await watch.waitFor(/^On to the next exercise: ch3-user-network\.$/, verdict.index);
      await watch.waitFor(/^✗ ch3-user-network is not done yet/, verdict.index, AFTER_CHECK_MS);
      expect(await watch.stop("SIGINT")).toBe(0);
      expect(watch.output).toContain("Stopped watching.");
      const progress = JSON.parse(fs.readFileSync(path.join(project.root, ".netlab", "progress.json"), "utf8")) as { exercises: Record<string, { status: string }> };
      expect(progress.exercises["ch3-link"]?.status).toBe("done");
      expect(progress.exercises["ch3-user-network"]?.status).toBe("pending");
    } finally {
      await watch.stop("SIGKILL");
      project.remove();
    }
    // Three checks in a row, each bounded by the check's own bound (AFTER_CHECK_MS).
  }, 4 * AFTER_CHECK_MS);

  test("the next check's runner waits for the save with its host view started; quitting removes it", async () => {
    const project = projectAtLink();
    const watch = new CliProcess(["watch"], { cwd: project.root });
    let runId: string | undefined;
    try {
      await watch.waitFor(/^Waiting for you to save exercises\/ch3\/link\.ts/, 0, AFTER_CHECK_MS);
      // The runner for the next check is then watch's one child (the last check's has ended); its global
      // setup starts the run's host-view helper.
      const deadline = Date.now() + AFTER_CHECK_MS;
      while (!runId && Date.now() < deadline) {
        const children = jestChildren(watch.pid ?? 0);
        if (children.length !== 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        const helpers = await listContainers([`${LABELS.name}=hostview`, `${LABELS.lab}=run`]);
        runId = helpers.find((c) => children.includes(c.Labels[LABELS.pid] ?? ""))?.Labels[LABELS.run];
        if (!runId) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(runId).toBeDefined();
      expect(await watch.stop("SIGINT")).toBe(0);
      expect(await runResourcesAfterCleanup(runId ?? "")).toEqual([]);
    } finally {
      await watch.stop("SIGKILL");
      project.remove();
    }
  }, 3 * AFTER_CHECK_MS);

  test("where change events do not arrive, it turns to polling by itself and still sees the save", async () => {
    const project = projectAtLink();
    const watch = new CliProcess(["watch"], { cwd: project.root, env: { NETLAB_WATCH_EVENTS: "off" } });
    try {
      const waiting = await watch.waitFor(/^Waiting for you to save exercises\/ch3\/link\.ts/, 0, AFTER_CHECK_MS);
      solve(project.root, "ch3/link.ts");
      await watch.waitFor(/^File change events do not arrive here \(a save came without an event\): polling exercises\/ch3\/link\.ts every 200 ms instead\.$/, waiting.index);
      await watch.waitFor(/^To start this way next time: `npx netlab watch --poll`\.$/, waiting.index);
      await watch.waitFor(/^✓ ch3-link passed/, waiting.index, AFTER_CHECK_MS);
    } finally {
      await watch.stop("SIGINT");
      project.remove();
    }
  }, 3 * AFTER_CHECK_MS);

  test("--poll: polls from the start", async () => {
    const project = projectAtLink();
    const watch = new CliProcess(["watch", "--poll"], { cwd: project.root, env: { NETLAB_LANG: "zh" } });
    try {
      await watch.waitFor(/^（按 --poll 的要求，每 200 毫秒查看一次 exercises\/ch3\/link\.ts。）$/);
      const waiting = await watch.waitFor(/^等待你保存 exercises\/ch3\/link\.ts/, 0, AFTER_CHECK_MS);
      solve(project.root, "ch3/link.ts");
      await watch.waitFor(/^✓ ch3-link 通过/, waiting.index, AFTER_CHECK_MS);
    } finally {
      await watch.stop("SIGINT");
      project.remove();
    }
  }, 3 * AFTER_CHECK_MS);

  test("with no engine reachable: says so without hanging, exit 3", async () => {
    const project = projectAtLink();
    try {
      const { result: r, startMs } = await quickestWithStart(5, ["watch"], { cwd: project.root, env: NO_ENGINE });
      expect(r.code).toBe(3);
      expect(r.ms).toBeLessThan(noWaitBound(startMs));
      expect(r.stderr).toContain("Docker engine not reachable");
    } finally {
      project.remove();
    }
  });
});
