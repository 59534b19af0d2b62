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
