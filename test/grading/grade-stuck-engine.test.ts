import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { gradeBatch, type BatchResult } from "../../src/grading/grade-batch";

const root = path.resolve(__dirname, "..", "..");

// A real engine cannot be made to deadlock on demand (moby/moby#42545 strikes at random): the grader's
// question "is the engine stuck?" is answered yes here, and the grading itself runs for real.
describe("netlab grade on an engine that got stuck: the batch stops instead of handing out the engine's zeros", () => {
  let dir: string;
  let out: string;
  let result: BatchResult;
  const names = ["first", "second", "third"];

  beforeAll(async () => {
    process.env.NETLAB_LANG = "en";
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-stuck-"));
    out = path.join(dir, "out");
    for (const name of names) fs.cpSync(path.join(root, "exercises"), path.join(dir, name, "exercises"), { recursive: true });
    result = await gradeBatch({
      root,
      submissions: names.map((n) => path.join(dir, n)),
      out,
      jobs: 1,
      workers: 1,
      timeoutSeconds: 60,
      only: ["ch3-predict-link"],
      hiddenVisibility: "visible",
      engineLooksStuck: async () => true,
    });
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("the submission being graded is not graded, with why; none after it is graded or even started", () => {
    expect(result.grades.map((g) => [g.name, g.graded, g.engineStuck])).toEqual(names.map((n) => [n, false, true]));
    expect(result.grades[0]?.error).toMatch(/^The Docker engine answers but did not finish `the tests of first`/);
    expect(result.grades[1]?.error).toBe("Not graded: the Docker engine got stuck while first was graded, and every submission after it would have failed the same way. Restart the engine, then grade this one again.");
    expect(result.grades[1]?.runs).toEqual([]);
  });

  test("the gradebook gives them no score at all (empty cells, never a false 0), and no reports for the ones never started", () => {
    const rows = fs.readFileSync(path.join(out, "gradebook.csv"), "utf8").trim().split("\n").slice(1);
    expect(rows).toEqual(names.map((n) => `${n},,,2`));
    expect(fs.existsSync(path.join(out, "second", "results.json"))).toBe(false);
  });

  test("grading one of them again into the same folder keeps the other rows where they were", async () => {
    const again = await gradeBatch({ root, submissions: [path.join(dir, "second")], out, jobs: 1, workers: 1, timeoutSeconds: 60, only: ["ch3-predict-link"], hiddenVisibility: "visible" });
    expect(again.grades.map((g) => [g.name, g.graded])).toEqual([["second", true]]);
    expect(again.keptRows).toEqual(["first", "third"]);
    const rows = fs.readFileSync(path.join(out, "gradebook.csv"), "utf8").trim().split("\n").slice(1);
    expect(rows).toEqual(["first,,,2", "second,0,0,2", "third,,,2"]);
  }, 120_000);
});
