import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Course, Exercise } from "../../../src/course/catalogue";
import type { TestPlan } from "../../../src/grading/test-plan";

/** What a submission should earn for an exercise: all of it, nothing, or all but one test's share. */
export type Expect = "full" | "zero" | "one-test-off";

interface FaultCase {
  name: string;
  /** What it shows. */
  about: string;
  expect: { build: Expect; predict: Expect };
  /** A pattern the feedback of the faulty exercise must show (what happened, where). */
  says?: RegExp;
  /** It never finishes by itself: graded in a batch of its own with a short timeout, so the wait stays short. */
  hangs?: boolean;
}

export interface FaultBatch {
  dir: string;
  submissions: string[];
  /** Instructor-only tests for the build exercise, laid out like test/. */
  hidden: string;
  build: Exercise;
  predict: Exercise;
  cases: FaultCase[];
}

const FUNCTION = /(export async function (\w+)\(lab: Lab\)[^{]*\{)/;

/**
 * Picks the cheapest exercises for a fault batch from the catalogue and the test plan: a build
 * exercise whose solution is `async function f(lab: Lab)` and a predict exercise with two or more
 * answers, each with the fewest tests (course order breaks ties).
 */
function pickExercises(root: string, course: Course, plan: TestPlan): { build: Exercise; predict: Exercise } {
  const tests = (e: Exercise) => plan.tests.filter((t) => t.exercise === e.id).length;
  const solution = (e: Exercise) => fs.readFileSync(path.join(root, "solutions", e.file), "utf8");
  const cheapest = (list: Exercise[]) => [...list].sort((a, b) => tests(a) - tests(b))[0];
  const build = cheapest(course.exercises.filter((e) => e.kind === "build" && FUNCTION.test(solution(e))));
  const predict = cheapest(course.exercises.filter((e) => e.kind === "predict" && tests(e) >= 2 && (solution(e).match(/= (true|false);/g) ?? []).length >= 2));
  if (!build || !predict) throw new Error("the catalogue has no build exercise with `async function f(lab: Lab)` or no predict exercise with two answers");
  return { build, predict };
}

/**
 * Writes a batch of submissions made from the solutions and the stubs, each with one fault, plus a
 * hidden test for the build exercise. Returns where, and what each submission should score.
 */
export function buildFaultBatch(root: string, course: Course, plan: TestPlan): FaultBatch {
  const { build, predict } = pickExercises(root, course, plan);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-fault-batch-"));
  const read = (folder: string, e: Exercise) => fs.readFileSync(path.join(root, folder, e.file), "utf8");
  const solved = read("solutions", build);
  const [, , fn] = FUNCTION.exec(solved) ?? [];
  const inject = (statement: string) => solved.replace(FUNCTION, `$1\n  ${statement}`);
  const chapterDepth = "../".repeat(build.file.split("/").length);
  const flipOne = read("solutions", predict).replace(/= (true|false);/, (_, v: string) => `= ${v === "true" ? "false" : "true"};`);

  const stub = read("exercises", predict);
  // The predict exercise is solved unless a case says otherwise; the build exercise is a stub unless given.
  const cases: Array<FaultCase & { files: { build?: string | null; predict?: string }; extra?: (sub: string) => void }> = [
    { name: "full", about: "every exercise solved", expect: { build: "full", predict: "full" }, files: { build: solved, predict: read("solutions", predict) } },
    { name: "empty", about: "the untouched stubs", expect: { build: "zero", predict: "zero" }, files: { predict: stub }, says: /not yet done/ },
    // The solved one also floods its output with megabytes: noise costs nothing.
    { name: "half-and-noisy", about: "one exercise solved (printing megabytes), one not", expect: { build: "full", predict: "zero" }, files: { build: `process.stdout.write("x".repeat(4 * 1024 * 1024));\nconsole.log("y".repeat(1024 * 1024));\n${solved}`, predict: stub } },
    {
      name: "edited-tests",
      about: "stubs, with tests, jest config, package.json and node_modules edited to pass",
      expect: { build: "zero", predict: "zero" },
      files: { predict: stub },
      extra: (sub) => {
        for (const e of [build, predict]) {
          const test = path.join(sub, e.test);
          fs.mkdirSync(path.dirname(test), { recursive: true });
          fs.writeFileSync(test, `describe("${e.id}: passes", () => { test("always", () => {}); });\n`);
        }
        fs.writeFileSync(path.join(sub, "jest.config.ts"), `export default { testMatch: ["**/nothing"], passWithNoTests: true };\n`);
        fs.writeFileSync(path.join(sub, "package.json"), `{ "name": "x", "scripts": { "test": "exit 0" } }\n`);
        fs.mkdirSync(path.join(sub, "node_modules", "netlab"), { recursive: true });
        fs.writeFileSync(path.join(sub, "node_modules", "netlab", "index.js"), "module.exports = {};\n");
      },
    },
    { name: "throws-at-import", about: "the build exercise throws when loaded", expect: { build: "zero", predict: "full" }, files: { build: `throw new Error("boom at import");\n${solved}` }, says: new RegExp(`boom at import[\\s\\S]*exercises/${build.file}:1`) },
    { name: "syntax-error", about: "the build exercise does not parse", expect: { build: "zero", predict: "full" }, files: { build: `${solved}\nexport const broken = ;\n` }, says: new RegExp(`exercises/${build.file}:\\d+:\\d+: syntax error`) },
    { name: "endless-loop", about: "a synchronous endless loop in the build exercise", expect: { build: "zero", predict: "full" }, files: { build: inject("for (;;) {}") }, says: /kept its process busy for \d+s without ever waiting/, hangs: true },
    { name: "never-resolves", about: "the build exercise awaits a promise that never settles", expect: { build: "zero", predict: "full" }, files: { build: inject("await new Promise<void>(() => {});") }, says: /did not finish within \d+s\./, hangs: true },
    { name: "imports-solution", about: "the build exercise re-exports the reference solution", expect: { build: "zero", predict: "full" }, files: { build: `export * from "${chapterDepth}solutions/${build.file.replace(/\.ts$/, "")}";\n` }, says: /imports ".*solutions.*", so .* scores 0/ },
    { name: "one-wrong-prediction", about: "partial credit: one prediction wrong", expect: { build: "full", predict: "one-test-off" }, files: { build: solved, predict: flipOne } },
    { name: "process-exit", about: "the build exercise calls process.exit", expect: { build: "zero", predict: "full" }, files: { build: inject("process.exit(1);") }, says: /process\.exit\(1\)/ },
    {
      name: "deleted-and-extra",
      about: "the build exercise deleted, an extra file added",
      expect: { build: "zero", predict: "full" },
      files: { build: null },
      extra: (sub) => fs.writeFileSync(path.join(sub, "exercises", "notes.ts"), "export const notes = 1;\n"),
      says: new RegExp(`exercises/${build.file} is missing`),
    },
  ];

  const submissions = cases.map((c) => {
    const sub = path.join(dir, c.name);
    fs.cpSync(path.join(root, "exercises"), path.join(sub, "exercises"), { recursive: true });
    const predictFile = path.join(sub, "exercises", predict.file);
    const buildFile = path.join(sub, "exercises", build.file);
    fs.writeFileSync(predictFile, c.files.predict ?? read("solutions", predict));
    if (c.files.build === null) fs.rmSync(buildFile);
    else if (c.files.build !== undefined) fs.writeFileSync(buildFile, c.files.build);
    c.extra?.(sub);
    return sub;
  });

  const hidden = path.join(dir, "hidden-tests");
  const hiddenTest = path.join(hidden, build.test.replace(/^test\//, "").replace(/\.test\.ts$/, "-hidden.test.ts"));
  fs.mkdirSync(path.dirname(hiddenTest), { recursive: true });
  fs.writeFileSync(
    hiddenTest,
    [
      `import { ${fn} } from "@target/${build.file.replace(/\.ts$/, "")}";`,
      `import { useExercise } from "../../src/testing";`,
      ``,
      `describe("${build.id}: instructor-only checks", () => {`,
      `  const ex = useExercise("${build.id}", (lab) => ${fn}(lab));`,
      `  test("the code runs to its end on a fresh lab", async () => {`,
      `    await ex.ready();`,
      `  });`,
      `});`,
      ``,
    ].join("\n"),
  );
  return { dir, submissions, hidden, build, predict, cases: cases.map(({ name, about, expect, says, hangs }) => ({ name, about, expect, says, hangs })) };
}
