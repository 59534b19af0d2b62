import { spawn } from "node:child_process";
import path from "node:path";
import { listContainers } from "../../src/runtime/containers";
import { listNetworks } from "../../src/runtime/networks";
import { reapOrphans } from "../../src/lab/reaper";
import os from "node:os";

const fixture = path.join(__dirname, "fixtures", "hold-lab.ts");

/** Starts a process that holds a lab, and resolves with its run id once the lab is up. */
function holdLab(): Promise<{ runId: string; child: ReturnType<typeof spawn> }> {
  const child = spawn(process.execPath, ["--require", "tsx/cjs", fixture], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NETLAB_RUN_ID: "", NETLAB_RESOLVED_IMAGE: process.env.NETLAB_RESOLVED_IMAGE } });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const runId = /ready (\w+)/.exec(out)?.[1];
      if (runId) resolve({ runId, child });
    });
    child.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    child.on("exit", () => reject(new Error(`the fixture exited before its lab was up:\n${out}`)));
  });
}

async function leftOnEngine(runId: string): Promise<number> {
  const filter = [`netlab.run=${runId}`];
  const [c, n] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
  return c.length + n.length;
}

async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return check();
}

describe("an interrupted run leaves nothing on the engine", () => {
  test("Ctrl-C (SIGINT): a detached helper removes the run's containers and network", async () => {
    const { runId, child } = await holdLab();
    expect(await leftOnEngine(runId)).toBe(3);
    child.kill("SIGINT");
    expect(await waitUntil(async () => (await leftOnEngine(runId)) === 0, 30_000)).toBe(true);
  }, 120_000);

  test("killed outright (SIGKILL): the next run reaps what the dead one left", async () => {
    const { runId, child } = await holdLab();
    child.kill("SIGKILL");
    await new Promise((r) => child.once("exit", r));
    // Another run starting now may reap it first: what counts is that it is gone after a reap.
    await reapOrphans(os.hostname());
    expect(await leftOnEngine(runId)).toBe(0);
  }, 120_000);
});
