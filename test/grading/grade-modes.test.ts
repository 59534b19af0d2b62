import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalogue } from "../../src/course/catalogue";
import { gradeBatch } from "../../src/grading/grade-batch";

const root = path.resolve(__dirname, "..", "..");

/**
 * The course proven sandboxed, as `netlab grade` runs it: the reference solutions earn every point
 * this engine can show, the untouched stubs none (in-process, `npm run selftest`'s course steps prove
 * the same of the code run inside jest).
 */
describe("netlab grade sandboxed: the reference solutions score full marks, the stubs zero", () => {
  test("solutions and stubs, every exercise", async () => {
    process.env.NETLAB_LANG = "en";
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-modes-"));
    try {
      fs.cpSync(path.join(root, "solutions"), path.join(dir, "solutions", "exercises"), { recursive: true });
      fs.cpSync(path.join(root, "exercises"), path.join(dir, "stubs", "exercises"), { recursive: true });
      const { grades } = await gradeBatch({ root, submissions: [path.join(dir, "solutions"), path.join(dir, "stubs")], out: path.join(dir, "out"), jobs: 2, workers: 3, timeoutSeconds: 60, hiddenVisibility: "hidden" });
      const [solutions, stubs] = grades;
      const course = loadCatalogue();
      // Short of full marks, the failed checks themselves, with what they saw: a score alone says too little.
      expect(solutions?.exercises.flatMap((e) => e.tests.filter((g) => g.status === "failed").map((g) => `${e.exercise.id} › ${g.test.title}: ${g.message}`))).toEqual([]);
      expect(solutions?.exercises.map((e) => [e.exercise.id, e.score])).toEqual(solutions?.exercises.map((e) => [e.exercise.id, e.maxScore]));
      expect(solutions?.maxScore).toBeGreaterThan(0);
      expect(solutions?.exercises.map((e) => e.exercise.id)).toEqual(course.exercises.map((e) => e.id));
      expect(stubs?.score).toBe(0);
      const stubFeedback = fs.readFileSync(path.join(dir, "out", "stubs", "feedback.md"), "utf8");
      for (const e of course.exercises) expect([e.id, stubs?.exercises.find((x) => x.exercise.id === e.id)?.tests.every((g) => g.status !== "passed")]).toEqual([e.id, true]);
      expect(stubFeedback).toContain("not yet done");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 400_000);
});

/**
 * Where no Linux node can be copied (macOS, Windows), the instructor names an image with node in it
 * (NETLAB_SANDBOX_IMAGE=node:20-slim): it carries no sandbox program, so netlab sends it in. Shown
 * with a plain image built here from the host's node, as a pulled one would be (no registry here).
 */
describe("netlab grade with a plain node image of someone else's", () => {
  const tag = `netlab-test-plain-node:${process.pid}`;
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-plain-node-"));
    const rootfs = path.join(dir, "image", "rootfs");
    const copy = (from: string, to: string) => {
      fs.mkdirSync(path.dirname(path.join(rootfs, to)), { recursive: true });
      fs.copyFileSync(fs.realpathSync(from), path.join(rootfs, to));
      fs.chmodSync(path.join(rootfs, to), 0o755);
    };
    copy(process.execPath, "usr/local/bin/node");
    for (const lib of execFileSync("ldd", [process.execPath], { encoding: "utf8" }).match(/\/\S+\.so[.\d]*/g) ?? []) copy(lib, lib);
    fs.writeFileSync(path.join(dir, "image", "Dockerfile"), "FROM scratch\nCOPY rootfs/ /\nENV PATH=/usr/local/bin LD_LIBRARY_PATH=/lib/x86_64-linux-gnu:/lib64:/usr/lib/x86_64-linux-gnu\n");
    execFileSync("docker", ["build", "-q", "-t", tag, path.join(dir, "image")], { stdio: "ignore" });
    fs.cpSync(path.join(root, "solutions"), path.join(dir, "solutions", "exercises"), { recursive: true });
  }, 120_000);
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    execFileSync("docker", ["rmi", "-f", tag], { stdio: "ignore" });
  });

  test("the reference solution of ch3-link scores full marks in it", async () => {
    const before = process.env.NETLAB_SANDBOX_IMAGE;
    process.env.NETLAB_SANDBOX_IMAGE = tag;
    try {
      const { grades } = await gradeBatch({ root, submissions: [path.join(dir, "solutions")], out: path.join(dir, "out"), jobs: 1, workers: 2, timeoutSeconds: 60, only: ["ch3-link"], hiddenVisibility: "hidden" });
      expect([grades[0]?.score, grades[0]?.maxScore]).toEqual([4, 4]);
    } finally {
      if (before === undefined) delete process.env.NETLAB_SANDBOX_IMAGE;
      else process.env.NETLAB_SANDBOX_IMAGE = before;
    }
  }, 120_000);
});
