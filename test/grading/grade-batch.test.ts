import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalogue } from "../../src/course/catalogue";
import { sumPoints } from "../../src/report/points";
import { gradeBatch, type BatchResult } from "../../src/grading/grade-batch";
import type { ExerciseGrade } from "../../src/report/grade-types";
import { planTests } from "../../src/grading/test-plan";
import { validateResults, type GradescopeResults } from "../../src/report/results-json";
import { listContainers } from "../../src/runtime/containers";
import { listNetworks } from "../../src/runtime/networks";
import { buildFaultBatch, type Expect, type FaultBatch } from "./support/fault-batch";

// Honest submissions get the grader's own default: a loaded CI machine is not a hanging exercise.
const TIMEOUT_SECONDS = 60;
// Submissions that never finish are graded apart with a short bound: it is all they wait for.
const HANG_TIMEOUT_SECONDS = 40;
const root = path.resolve(__dirname, "..", "..");

describe("netlab grade: a batch of faulty submissions is graded to exactly the expected scores", () => {
  const course = loadCatalogue();
  let batch: FaultBatch;
  let out: string;
  let hangOut: string;
  let result: BatchResult;
  /** Where a submission's reports are. */
  const outOf = (name: string) => (batch.cases.find((c) => c.name === name)?.hangs ? hangOut : out);

  beforeAll(async () => {
    process.env.NETLAB_LANG = "en";
    batch = buildFaultBatch(root, course, planTests(root, course).plan);
    out = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-grades-"));
    hangOut = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-grades-hang-"));
    const group = (hangs: boolean) => batch.submissions.filter((_, i) => Boolean(batch.cases[i]?.hangs) === hangs);
    const grade = (submissions: string[], into: string, timeoutSeconds: number) =>
      gradeBatch({
        root,
        submissions,
        out: into,
        jobs: 2,
        workers: 2,
        timeoutSeconds,
        only: [batch.build.id, batch.predict.id],
        extraTests: batch.hidden,
        hiddenVisibility: "after_due_date",
      });
    // Together: the hanging ones mostly wait, the honest ones mostly work.
    const [honest, hanging] = await Promise.all([grade(group(false), out, TIMEOUT_SECONDS), grade(group(true), hangOut, HANG_TIMEOUT_SECONDS)]);
    const byName = new Map([...honest.grades, ...hanging.grades].map((g) => [g.name, g]));
    result = { grades: batch.cases.map((c) => byName.get(c.name) as BatchResult["grades"][number]), exerciseIds: honest.exerciseIds, ms: Math.max(honest.ms, hanging.ms) };
  }, 900_000);

  afterAll(() => {
    for (const dir of [batch?.dir, out, hangOut]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const exerciseOf = (name: string, id: string): ExerciseGrade => {
    const found = result.grades.find((g) => g.name === name)?.exercises.find((e) => e.exercise.id === id);
    if (!found) throw new Error(`no grade for ${id} of ${name}`);
    return found;
  };
  /** What an exercise should score: all of it, nothing, or all but the share of its one failing test. */
  const expected = (e: ExerciseGrade, expect: Expect) => {
    if (expect === "full") return e.maxScore;
    if (expect === "zero") return 0;
    const failed = e.tests.filter((g) => g.status === "failed");
    return failed.length === 1 ? sumPoints([e.maxScore, -(failed[0]?.maxScore ?? 0)]) : NaN;
  };

  test("every submission is graded, whatever it does", () => {
    expect(result.grades.map((g) => [g.name, g.graded, g.error])).toEqual(batch.cases.map((c) => [c.name, true, undefined]));
  });

  test("each submission scores what it earned, exercise by exercise (faults cost only their exercise)", () => {
    const rows = (pick: (e: ExerciseGrade, expect: Expect) => number) =>
      batch.cases.map((c) => [c.name, pick(exerciseOf(c.name, batch.build.id), c.expect.build), pick(exerciseOf(c.name, batch.predict.id), c.expect.predict)]);
    const seen = rows((e) => e.score);
    const wanted = rows((e, x) => expected(e, x));
    // On a mismatch, the failure shows what the grader told each such learner: the why is in there.
    const feedback = seen.filter((row, i) => JSON.stringify(row) !== JSON.stringify(wanted[i])).map(([name]) => `${name}:\n${fs.readFileSync(path.join(outOf(String(name)), String(name), "feedback.md"), "utf8").slice(0, 3000)}`);
    expect({ scores: seen, feedback }).toEqual({ scores: wanted, feedback: [] });
    for (const grade of result.grades) expect(grade.score).toBe(sumPoints(grade.exercises.map((e) => e.score)));
    expect(result.grades[0]?.maxScore).toBe(batch.build.points + batch.predict.points);
  });

  test("partial credit: one wrong prediction costs only that test's share", () => {
    const e = exerciseOf("one-wrong-prediction", batch.predict.id);
    expect(e.tests.filter((g) => g.status === "failed")).toHaveLength(1);
    expect(e.score).toBeGreaterThan(0);
    expect(e.score).toBeLessThan(e.maxScore);
  });

  test("the feedback says what happened and where", () => {
    for (const c of batch.cases.filter((x) => x.says)) {
      const feedback = fs.readFileSync(path.join(outOf(c.name), c.name, "feedback.md"), "utf8");
      expect([c.name, feedback]).toEqual([c.name, expect.stringMatching(c.says as RegExp)]);
    }
    expect(fs.readFileSync(path.join(out, "deleted-and-extra", "feedback.md"), "utf8")).toContain("exercises/notes.ts is not an exercise of this course");
  });

  test("every results.json validates against Gradescope's format; hidden tests carry the chosen visibility", () => {
    for (const c of batch.cases) {
      const results = JSON.parse(fs.readFileSync(path.join(outOf(c.name), c.name, "results.json"), "utf8")) as GradescopeResults;
      expect([c.name, validateResults(results)]).toEqual([c.name, []]);
      const hidden = results.tests.filter((x) => x.tags.includes("hidden"));
      expect(hidden.length).toBeGreaterThan(0);
      expect(hidden.every((x) => x.visibility === "after_due_date")).toBe(true);
      expect(fs.readFileSync(path.join(outOf(c.name), c.name, "feedback.md"), "utf8")).not.toContain("instructor-only checks ›");
      expect(fs.readFileSync(path.join(outOf(c.name), c.name, "junit.xml"), "utf8")).toMatch(/^<\?xml/);
    }
  });

  test("gradebook.csv has a header of exercise ids and one row per submission", () => {
    for (const [dir, hangs] of [[out, false], [hangOut, true]] as const) {
      const lines = fs.readFileSync(path.join(dir, "gradebook.csv"), "utf8").trim().split("\n");
      expect(lines[0]).toBe(`submission,${batch.build.id},${batch.predict.id},total,max`);
      expect(lines.slice(1).map((l) => l.split(",")[0])).toEqual(batch.cases.filter((c) => Boolean(c.hangs) === hangs).map((c) => c.name));
    }
  });

  test("the engine holds nothing of the batch afterwards, and no grading process is left", async () => {
    const runs = result.grades.flatMap((g) => g.runs);
    expect(runs.length).toBeGreaterThanOrEqual(batch.cases.length - 2);
    for (const run of runs) {
      const filter = run.runId ? [`netlab.run=${run.runId}`] : [`netlab.pid=${run.pid}`, `netlab.host=${os.hostname()}`];
      const [containers, networks] = await Promise.all([listContainers(filter), listNetworks({ label: filter })]);
      expect([run, containers.length + networks.length]).toEqual([run, 0]);
      expect(() => process.kill(run.pid as number, 0)).toThrow();
    }
  });
});
