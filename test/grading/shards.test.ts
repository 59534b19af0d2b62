import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { netlabProcess, rehearseClass, type Rehearsal, type Step } from "../../src/grading/class/rehearse";
import { byName } from "../../src/grading/class/shard";
import { gradeCommand } from "../../src/grading/dist/grader-workflow";

const root = path.resolve(__dirname, "..", "..");
// Two quick exercises: the batch is about shards and the merge, not about the course.
const EXERCISES = ["ch3-default-bridge", "ch3-predict-link"];
const FILES: Record<string, string> = { "ch3-default-bridge": "ch3/default-bridge.ts", "ch3-predict-link": "ch3/predict-link.ts" };

describe("a class graded in 3 shards, each its own process, then merged, equals one run (the workflow's jobs, rehearsed)", () => {
  let dir: string;
  let submissions: string[];
  let rehearsal: Rehearsal;
  let single: Step;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-shards-"));
    // 9 submissions from the stubs, with the reference solution of none, one or both exercises.
    // Names out of order and of both cases: the shards take them sorted by code units.
    const names = ["kim", "Ann", "bo", "jo", "cy", "Zed", "di", "hu", "ed"];
    submissions = names.map((name, i) => {
      const sub = path.join(dir, "submissions", name);
      fs.cpSync(path.join(root, "exercises"), path.join(sub, "exercises"), { recursive: true });
      EXERCISES.forEach((id, e) => {
        if ((i >> e) & 1) fs.copyFileSync(path.join(root, "solutions", FILES[id] as string), path.join(sub, "exercises", FILES[id] as string));
      });
      return sub;
    });
    const env = { NETLAB_LANG: "en" };
    rehearsal = await rehearseClass({ root, submissions, shards: 3, out: path.join(dir, "out"), exercises: EXERCISES, parallel: 3, env });
    // One run over the same submissions, sorted as a shell glob in the C locale gives them.
    const sorted = [...submissions].sort((a, b) => byName(path.basename(a), path.basename(b)));
    single = await netlabProcess(root, gradeCommand(sorted, path.join(dir, "single"), { exercises: EXERCISES, jobs: 2 }), env);
    process.stderr.write(`shard processes: ${rehearsal.shards.map((s) => `${(s.ms / 1000).toFixed(1)}s`).join(", ")}; merge ${(rehearsal.merge.ms / 1000).toFixed(1)}s; single run (--jobs 2) ${(single.ms / 1000).toFixed(1)}s\n`);
    // Four grading processes over 9 submissions: 65-115 s in one selftest, over 180 s with two
    // selftests on one 2-core machine. The claim is that the gradebooks agree, not how fast.
  }, 420_000);

  afterAll(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const gradebook = (folder: string) => fs.readFileSync(path.join(folder, "gradebook.csv"), "utf8");

  test("every process exited 0, each shard graded its contiguous third of the sorted names", () => {
    expect([...rehearsal.shards, rehearsal.merge, single].map((s) => [s.argv.slice(0, 2).join(" "), s.code, s.code === 0 ? "" : s.stderr.slice(-2000)])).toEqual([
      ...[1, 2, 3].map(() => ["grade " + submissions[0], 0, ""]),
      ["gradebook merge", 0, ""],
      ["grade " + [...submissions].sort((a, b) => byName(path.basename(a), path.basename(b)))[0], 0, ""],
    ]);
    const rows = rehearsal.shards.map((s) => gradebook(s.argv[s.argv.indexOf("--out") + 1] as string).trim().split("\n").slice(1).map((l) => l.split(",")[0]));
    expect(rows).toEqual([
      ["Ann", "Zed", "bo"],
      ["cy", "di", "ed"],
      ["hu", "jo", "kim"],
    ]);
    expect(rehearsal.shards[0]?.stderr).toContain("Shard 1/3: 3 of the 9 submission(s), sorted by name (Ann to bo).");
  });

  test("the merged gradebook is the single run's, byte for byte, and the scores are not all alike", () => {
    const merged = gradebook(rehearsal.merged);
    expect(merged).toBe(gradebook(path.join(dir, "single")));
    expect(new Set(merged.trim().split("\n").slice(1).map((l) => l.split(",").slice(1).join(","))).size).toBe(4);
  });

  test("every submission's folder is merged, with the single run's scores; the summary is written", () => {
    const names = fs.readdirSync(rehearsal.merged).filter((n) => n !== "gradebook.csv" && n !== "summary.md");
    expect(names.sort(byName)).toEqual(submissions.map((s) => path.basename(s)).sort(byName));
    for (const name of names) {
      const score = (folder: string) => (JSON.parse(fs.readFileSync(path.join(folder, name, "results.json"), "utf8")) as { score: number }).score;
      expect([name, score(rehearsal.merged)]).toEqual([name, score(path.join(dir, "single"))]);
    }
    expect(fs.readFileSync(path.join(rehearsal.merged, "summary.md"), "utf8")).toMatch(/^## Gradebook: 9 submission\(s\), 2 exercise\(s\)\n\n```\nsubmission +ch3-default-bridge +ch3-predict-link +total +time\n/);
  });
});
