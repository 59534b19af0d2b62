import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Course, Exercise } from "../course/catalogue";
import { exerciseOfTitle, planTests } from "./test-plan";

const exercise = (id: string, file: string, points: number): Exercise => ({
  id,
  chapter: "ch9",
  kind: "build",
  file,
  test: `test/${file.replace(/\.ts$/, ".test.ts")}`,
  title: { en: id, zh: id },
  points,
  docs: "x.md#y",
  commands: ["docker run"],
  hints: [{ en: "h", zh: "h" }],
});

describe("the test plan: which tests decide the grade, read before anything runs", () => {
  let root: string;
  let hidden: string;
  const course: Course = { formatVersion: 1, chapters: [], exercises: [exercise("ch9-a", "ch9/a.ts", 3), exercise("ch9-ab", "ch9/ab.ts", 2)] };

  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-plan-"));
    hidden = path.join(root, "hidden");
    fs.mkdirSync(path.join(root, "test", "ch9"), { recursive: true });
    fs.mkdirSync(path.join(hidden, "ch9"), { recursive: true });
    fs.writeFileSync(path.join(root, "test/ch9/a.test.ts"), `describe("ch9-a: A", () => { test("one", () => {}); test("two", () => {}); test("two", () => {}); });`);
    fs.writeFileSync(path.join(root, "test/ch9/ab.test.ts"), `describe("ch9-ab: AB", () => { test("only", () => {}); });`);
    fs.writeFileSync(path.join(hidden, "ch9/extra.test.ts"), `describe("ch9-a more", () => { test("secret", () => {}); }); describe("ch9-ab: x", () => { test("s2", () => {}); });`);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test("a describe title belongs to the longest exercise id that opens it", () => {
    expect(exerciseOfTitle("ch9-ab: AB", ["ch9-a", "ch9-ab"])).toBe("ch9-ab");
    expect(exerciseOfTitle("ch9-a: A", ["ch9-a", "ch9-ab"])).toBe("ch9-a");
    expect(exerciseOfTitle("ch9-abc: no", ["ch9-a", "ch9-ab"])).toBeUndefined();
  });

  test("visible tests first, then hidden ones, each mapped to its exercise; repeated names stay apart", () => {
    const { plan, problems } = planTests(root, course, { extraTests: hidden });
    expect(problems).toEqual([]);
    expect(plan.tests.map((t) => [t.exercise, t.title, t.hidden])).toEqual([
      ["ch9-a", "one", false],
      ["ch9-a", "two", false],
      ["ch9-a", "two", false],
      ["ch9-a", "secret", true],
      ["ch9-ab", "only", false],
      ["ch9-ab", "s2", true],
    ]);
    expect(new Set(plan.tests.map((t) => t.key)).size).toBe(6);
    expect(plan.files.map((f) => f.shownFile)).toEqual(["test/ch9/a.test.ts", "test/ch9/ab.test.ts", "hidden/ch9/extra.test.ts"]);
  });

  test("--exercises keeps only the chosen exercises, also in hidden files", () => {
    const { plan } = planTests(root, course, { only: ["ch9-ab"], extraTests: hidden });
    expect(plan.tests.map((t) => t.title)).toEqual(["only", "s2"]);
  });

  test("unknown ids and tests outside an exercise's describe are the instructor's problems", () => {
    fs.writeFileSync(path.join(hidden, "ch9/stray.test.ts"), `test("loose", () => {});`);
    const { problems } = planTests(root, course, { only: ["nope"], extraTests: hidden });
    fs.rmSync(path.join(hidden, "ch9/stray.test.ts"));
    expect(problems).toEqual([expect.stringContaining('"nope" is not an exercise'), expect.stringContaining('"loose" is not inside a describe')]);
  });
});
