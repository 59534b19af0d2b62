import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { GRADE_SCRATCH } from "../../src/grading/grade-batch";
import { sweepDeadOwners } from "../../src/process/owned-temp";
import { reapOrphans } from "../../src/lab/reaper";
import { listContainers } from "../../src/runtime/containers";
import { listNetworks } from "../../src/runtime/networks";

const root = path.resolve(__dirname, "..", "..");

/** Every descendant of a process (its children's children...), from /proc. */
function descendantsOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const d of fs.readdirSync("/proc").filter((x) => /^\d+$/.test(x))) {
    try {
      // "pid (comm) state ppid ...": comm may hold spaces, so read after its closing parenthesis.
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      parent.set(Number(d), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // gone meanwhile
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, ppid] of parent) {
      if (ppid !== pid || found.includes(child)) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

const alive = (pids: number[]) => pids.filter((pid) => fs.existsSync(`/proc/${pid}`) && !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, "utf8")));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether a dead run's reaper (scripts/reap-run.js <run id>) for one of these runs is alive now. */
const reaperRuns = (runIds: Set<string>) =>
  fs.readdirSync("/proc").some((d) => {
    if (!/^\d+$/.test(d)) return false;
    try {
      const argv = fs.readFileSync(`/proc/${d}/cmdline`, "utf8").split("\0");
      return argv.some((a) => a.endsWith("reap-run.js")) && argv.some((a) => runIds.has(a));
    } catch {
      return false; // gone meanwhile
    }
  });

describe("netlab grade killed with SIGKILL in the middle of a batch with an endless loop", () => {
  // Sandboxed (the default), and in-process, where the loop blocks a jest worker itself.
  test.each([["sandboxed", []], ["in-process", ["--in-process"]]])("%s: within 10 s nothing of the batch runs; the next netlab start finds nothing of it on the engine or in the temp folder", async (_mode, flags) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-killed-"));
    try {
      for (const name of ["looper", "honest"]) fs.cpSync(path.join(root, "solutions"), path.join(dir, name, "exercises"), { recursive: true });
      const link = path.join(dir, "looper", "exercises", "ch3", "link.ts");
      fs.writeFileSync(link, fs.readFileSync(link, "utf8").replace(/(export async function \w+\(lab: Lab\)[^{]*\{)/, "$1\n  await lab.run(\"c0\");\n  for (;;) {}"));
      const before = new Set((await listContainers(["netlab=1"])).map((c) => c.Id));
      const grader = spawn(process.execPath, [path.join(root, "bin", "netlab.js"), "grade", path.join(dir, "looper"), path.join(dir, "honest"), "--out", path.join(dir, "out"), "--jobs", "2", "--exercises", "ch3-link,ch3-default-bridge", ...flags], {
        cwd: root,
        // As a grader started from a shell: a run of its own, not this test worker's.
        env: { ...process.env, NETLAB_LANG: "en", NETLAB_RUN_ID: "", NETLAB_RUN_PID: "" },
        stdio: "ignore",
      });
      const pid = grader.pid as number;
      // In the middle: the looping sandbox and the honest one's lab containers are running.
      const deadline = Date.now() + 90_000;
      while (Date.now() < deadline && !(await listContainers(["netlab=1"])).some((c) => !before.has(c.Id) && c.Names.some((n) => n.endsWith("-c0")) && c.State === "running")) await sleep(250);
      // Into the loop (c0 started just before it).
      await sleep(1000);
      // The grader's jest runs and their workers: what must not outlive it.
      const batch = descendantsOf(pid);
      expect(batch.length).toBeGreaterThan(0);
      // What the batch made carries one of its processes as owner (other suites share the engine).
      const owners = new Set([pid, ...batch].map(String));
      const ofBatch = (c: { Labels: Record<string, string> }) => owners.has(c.Labels["netlab.pid"] ?? "");
      // Its scratch folder (the staged submissions), named after it; asked for while it lives, since
      // another suite's grader may remove it once it is dead.
      const scratchOf = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith(`${GRADE_SCRATCH}${pid}-`));
      expect(scratchOf()).toHaveLength(1);
      const batchRuns = new Set((await listContainers(["netlab=1"])).filter(ofBatch).map((c) => c.Labels["netlab.run"] ?? ""));
      grader.kill("SIGKILL");
      const killedAt = Date.now();
      let left: number[] = [];
      let running: string[] = [];
      // When each step of the cleanup was first seen, in ms after the kill: watched past the 10 s
      // promised, so that a miss says which step was late (the batch's processes, its reaper, the engine).
      const seen: Record<string, number> = {};
      const mark = (step: string) => (seen[step] ??= Date.now() - killedAt);
      while (Date.now() - killedAt < 30_000) {
        left = alive(batch);
        if (reaperRuns(batchRuns)) mark("reaper running");
        running = (await listContainers(["netlab=1"])).filter((c) => ofBatch(c) && c.State === "running").map((c) => c.Names[0] ?? c.Id);
        if (left.length === 0) mark("processes gone");
        if (running.length === 0) mark("containers stopped");
        if (left.length === 0 && running.length === 0) break;
        await sleep(250);
      }
      const inTime = (step: string) => (seen[step] ?? Number.POSITIVE_INFINITY) <= 10_000;
      expect({ processes: left, containers: running, within10s: inTime("processes gone") && inTime("containers stopped"), seen }).toEqual({ processes: [], containers: [], within10s: true, seen });
      // The next run's start (later: a docker call the dead sent may still land meanwhile) reaps what
      // the dead grader's runs left, by their labels and dead owners.
      await sleep(Math.max(0, killedAt + 12_000 - Date.now()));
      await reapOrphans(os.hostname());
      const [containers, networks] = await Promise.all([listContainers(["netlab=1"]), listNetworks({ label: ["netlab=1"] })]);
      expect(containers.filter(ofBatch).map((c) => c.Names[0])).toEqual([]);
      expect(networks.filter((n) => ofBatch({ Labels: n.Labels ?? {} })).map((n) => n.Name)).toEqual([]);
      // On disk: the dead grader's copies of the submissions, which the next grader removes.
      sweepDeadOwners(GRADE_SCRATCH);
      expect(scratchOf()).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
