import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { gradeBatch, type BatchResult } from "../../src/grading/grade-batch";
import { currentRun, isLabOfThisProcess } from "../../src/lab/run-identity";
import { listContainers } from "../../src/runtime/containers";
import { getEngine } from "../../src/runtime/engine";
import { listNetworks } from "../../src/runtime/networks";
import { buildHostileBatch, type HostileBatch } from "./support/hostile-batch";

const root = path.resolve(__dirname, "..", "..");
const SECRET = `netlab-grader-secret-${process.pid}-${Date.now()}`;

interface EngineEvent {
  Type: string;
  Action: string;
  Actor: { ID: string; Attributes: Record<string, string> };
}

/**
 * The engine's create events from now until `stop()` (docker events, live). Not a `--since` query
 * afterwards: the daemon replays only its last 256 events (moby daemon/events/events.go,
 * eventsLimit), which two suites sharing the engine outrun within a batch.
 */
async function watchCreates(): Promise<{ stop: () => Promise<EngineEvent[]> }> {
  const { docker } = await getEngine();
  const stream = (await docker.getEvents({ filters: { event: ["create"] } })) as NodeJS.ReadableStream & { destroy: () => void };
  let text = "";
  stream.on("data", (chunk: Buffer) => (text += chunk.toString()));
  return {
    async stop() {
      // What the engine did last is still on its way to us.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      stream.destroy();
      return text
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as EngineEvent);
    },
  };
}

describe("netlab grade with a hostile class: learner code's only power is the Lab", () => {
  let batch: HostileBatch;
  let out: string;
  let result: BatchResult;
  let connections = 0;
  let server: net.Server;
  let events: EngineEvent[] = [];

  beforeAll(async () => {
    process.env.NETLAB_LANG = "en";
    // A service on the grader's loopback that no learner code may reach, and a secret in its environment.
    server = net.createServer((socket) => {
      connections += 1;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    process.env.NETLAB_HOSTILE_SECRET = SECRET;
    batch = buildHostileBatch(root, (server.address() as net.AddressInfo).port);
    out = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-hostile-grades-"));
    const creates = await watchCreates();
    try {
      result = await gradeBatch({ root, submissions: batch.submissions, out, jobs: 2, workers: 2, timeoutSeconds: 60, only: ["ch3-link", "ch3-default-bridge"], hiddenVisibility: "hidden" });
    } finally {
      events = await creates.stop();
    }
  }, 600_000);

  afterAll(async () => {
    delete process.env.NETLAB_HOSTILE_SECRET;
    await new Promise((resolve) => server.close(resolve));
    for (const dir of [batch?.dir, out]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    if (batch) fs.rmSync(batch.marker, { force: true });
  });

  const scores = (name: string) => Object.fromEntries(result.grades.find((g) => g.name === name)?.exercises.map((e) => [e.exercise.id, e.score]) ?? []);

  test("no forged points: every attack scores what the same code without the attack scores; honest work keeps full marks", () => {
    expect(result.grades.map((g) => [g.name, g.graded])).toEqual(["honest", ...batch.cases.map((c) => c.name)].map((n) => [n, true]));
    expect(scores("honest")).toEqual({ "ch3-link": 4, "ch3-default-bridge": 3 });
    const baseline = scores("unlinked");
    expect(baseline["ch3-link"]).toBeLessThan(4);
    for (const c of batch.cases) {
      const got = scores(c.name);
      expect([c.name, got["ch3-default-bridge"]]).toEqual([c.name, 3]);
      // An attack that returns earns what the code without it earns, never more; one that throws or dies, nothing.
      expect([c.name, c.returns ? got["ch3-link"] <= baseline["ch3-link"] : got["ch3-link"] === 0]).toEqual([c.name, true]);
    }
  });

  test("every escape failed inside the sandbox, and each attack is told what stopped it", () => {
    const feedback = (name: string) => fs.readFileSync(path.join(out, name, "feedback.md"), "utf8");
    const escaper = feedback("escaper");
    for (const attempt of ["getBuiltinModule", "Function", "module._load", "write", "write root", "read solutions", "read another submission"]) {
      expect(escaper).toMatch(new RegExp(`"${attempt}: (?!done)`));
    }
    const networker = feedback("networker");
    for (const attempt of ["engine socket", "engine tcp", "loopback service", "nc on the host network", "sh on the host network", "exec nc", "exec sh", "host view nc", "httpd as a shell"]) {
      expect(networker).toMatch(new RegExp(`"${attempt}: (?!done)`));
    }
    expect(networker).toContain("The grader refused the Lab call");
    expect(feedback("memory-bomber")).toMatch(/ended its sandbox/);
  });

  test("nothing was written on the grader's machine, nothing reached its loopback service, none of its environment is in any report", () => {
    expect(fs.existsSync(batch.marker)).toBe(false);
    expect(connections).toBe(0);
    for (const name of fs.readdirSync(out)) {
      const dir = path.join(out, name);
      const files = fs.statSync(dir).isDirectory() ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [dir];
      for (const file of files) expect([file, fs.readFileSync(file, "utf8").includes(SECRET)]).toEqual([file, false]);
    }
  });

  test("the engine's event stream shows only what the Lab and the grader's sandboxes made, and nothing is left", async () => {
    // Other suites share the engine meanwhile: every container made is netlab's (labelled) or an image
    // build's step (an unnamed container of an image id); the batch's own run only lab and sandbox images.
    const containers = events.filter((e) => e.Type === "container");
    // The batch's: its grading runs' and, of this jest run (which other grading files share, with
    // images of their own), what this process made (the sandboxes that described each module).
    const gradingRuns = new Set(result.grades.flatMap((g) => g.runs.map((r) => r.runId)));
    const ofBatch = (a: Record<string, string | undefined>) =>
      gradingRuns.has(a["netlab.run"] ?? "") || (a["netlab.run"] === currentRun().runId && isLabOfThisProcess(a["netlab.lab"] ?? ""));
    expect(containers.some((e) => ofBatch(e.Actor.Attributes))).toBe(true);
    for (const e of containers) {
      const a = e.Actor.Attributes;
      const buildStep = /^sha256:[0-9a-f]{64}$/.test(a.image ?? "");
      // test/cli/clean.test.ts's deliberately foreign container (not netlab's label), made by that suite meanwhile.
      const cleanSuiteFixture = a["netlab-test.foreign"] === "1" && /^netlab-clean-test-[0-9a-f]{6}$/.test(a.name ?? "");
      expect([a.name, a.netlab === "1" || buildStep || cleanSuiteFixture]).toEqual([a.name, true]);
      if (ofBatch(a)) expect([a.name, a.image, /^netlab-(lab|sandbox):/.test(a.image ?? "")]).toEqual([a.name, a.image, true]);
    }
    for (const e of events.filter((x) => x.Type === "network")) expect(e.Actor.Attributes.name).toMatch(/^nl-/);
    const runs = result.grades.flatMap((g) => g.runs);
    for (const run of runs) {
      const filter = [`netlab.run=${run.runId}`];
      const [left, nets] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
      expect([run.runId, left.length + nets.length]).toEqual([run.runId, 0]);
    }
  });
});
