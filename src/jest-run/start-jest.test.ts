import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileResults, type RunEvent } from "./events";
import { startJest } from "./start-jest";

const root = path.resolve(__dirname, "..", "..");

describe("startJest: the one way netlab runs jest", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "netlab-start-jest-")));
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"));
    fs.mkdirSync(path.join(dir, "exercises"));
    // A learner's function that throws, a keyed failure, a matcher that fails with facts, a pass.
    fs.writeFileSync(path.join(dir, "exercises", "x.js"), "exports.broken = () => { throw new Error('boom'); };\n");
    fs.writeFileSync(
      path.join(dir, "a.test.js"),
      [
        "const { broken } = require('./exercises/x');",
        "expect.extend({ toBeUp() { return { pass: false, message: () => 'down', facts: { received: { key: 'seenNoReply', params: { target: 'c1' } } } }; } });",
        "test('keyed', () => { throw Object.assign(new Error('not yet done: x'), { facts: { message: { key: 'notYetDone', params: { todo: 'x' } } } }); });",
        "test('matcher', () => { expect(1).toBeUp(); });",
        "test('learner frame', () => { broken(); });",
        "test('passes', () => {});",
      ].join("\n"),
    );
    fs.writeFileSync(path.join(dir, "jest.config.json"), JSON.stringify({ rootDir: dir, testEnvironment: "node" }));
    // As the course's files are set up: netlab's environment, a setup file that stands for the
    // framework's (a marker that it ran), then the warm gate.
    fs.writeFileSync(path.join(dir, "setup.js"), `require("fs").writeFileSync(${JSON.stringify(path.join(dir, "set-up"))}, "");\n`);
    fs.writeFileSync(
      path.join(dir, "jest.gated.json"),
      JSON.stringify({
        rootDir: dir,
        testEnvironment: path.join(__dirname, "environment.js"),
        setupFilesAfterEnv: ["<rootDir>/setup.js", path.join(__dirname, "wait-for-save.js")],
      }),
    );
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const check = (events: RunEvent[]) => {
    expect(events.map((e) => e.type)).toEqual(["run", "fileStart", "test", "test", "test", "test", "fileDone"]);
    const [result] = fileResults(events).values();
    const tests = result?.tests ?? [];
    expect(tests.map((t) => t.status)).toEqual(["failed", "failed", "failed", "passed"]);
    expect(tests[0]?.failures[0]).toMatchObject({ facts: { message: { key: "notYetDone", params: { todo: "x" } } } });
    expect(tests[0]?.failures[0]?.text).toContain("not yet done: x");
    expect(tests[1]?.failures[0]?.facts).toEqual({ received: { key: "seenNoReply", params: { target: "c1" } } });
    expect(tests[2]?.failures[0]?.frames).toEqual([expect.stringMatching(/^at (exports\.)?broken \(exercises\/x\.js:1:\d+\)$/)]);
  };

  test("a run now: each test as it ends, its failures with their facts and the learner's frames, then the file", async () => {
    const seen: RunEvent[] = [];
    const run = startJest({ root: dir, args: ["--config", "jest.config.json", "--ci"], env: { ...process.env, NETLAB_TARGET: "" }, onEvent: (e) => seen.push(e) });
    const end = await run.ended;
    expect(end.code).toBe(1);
    check(end.events);
    expect(seen).toEqual(end.events);
  }, 60_000);

  test("a warm run: ready first, the arguments later", async () => {
    const run = startJest({ root: dir, env: { ...process.env, NETLAB_TARGET: "" }, pollMs: 10 });
    expect(await run.ready).toBe(true);
    run.begin(["--config", "jest.config.json", "--ci", "--runInBand"]);
    const end = await run.ended;
    check(end.events);
  }, 60_000);

  test("a gated warm run: the file's setup done ahead, no test until go(), the learner's code read after it", async () => {
    const run = startJest({ root: dir, env: { ...process.env, NETLAB_TARGET: "" }, pollMs: 10 });
    run.begin(["--config", "jest.gated.json", "--ci", "--runInBand"], { gated: true });
    const setUp = path.join(dir, "set-up");
    const deadline = Date.now() + 30_000;
    while (!fs.existsSync(setUp) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(fs.existsSync(setUp)).toBe(true);
    // Held: well after its setup, still no event read and still running.
    await new Promise((r) => setTimeout(r, 500));
    expect(run.events).toEqual([]);
    expect(run.hasExited()).toBe(false);
    // The learner saves while it waits: the check sees the new code.
    const exercise = path.join(dir, "exercises", "x.js");
    const before = fs.readFileSync(exercise, "utf8");
    fs.writeFileSync(exercise, before.replace("'boom'", "'boom after the save'"));
    try {
      run.go();
      const end = await run.ended;
      check(end.events);
      expect(fileResults(end.events).values().next().value?.tests[2]?.failures[0]?.text).toContain("boom after the save");
    } finally {
      fs.writeFileSync(exercise, before);
    }
  }, 60_000);
});
