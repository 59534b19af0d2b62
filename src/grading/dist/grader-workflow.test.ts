import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import YAML from "yaml";
import { parseRoster, type RosterEntry } from "../class/roster";
import { GRADE_JOBS_PER_RUN, graderWorkflow, MAX_JOBS_PER_RUN, TOKEN_SECRET } from "./grader-workflow";

const root = path.resolve(__dirname, "..", "..", "..");
const SHA = "3f2a9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b";

const rosterOf = (count: number): RosterEntry[] =>
  parseRoster(["student,repository,commit,deadline", ...Array.from({ length: count }, (_, i) => (i % 2 ? `s${String(i).padStart(4, "0")},org/net-${i},${SHA},` : `s${String(i).padStart(4, "0")},org/net-${i},,2025-05-01T23:59:00+08:00`))].join("\n"));

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  strategy?: { matrix: { student: string[] } };
  steps: Step[];
}

/** Runs GitHub's parser (through tsx: see parse-workflow.mjs) over the files. */
function githubParse(files: string[]): Array<{ file: string; errors: string[]; jobs: string[] }> {
  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  return JSON.parse(execFileSync(tsx, [path.join(root, "src", "grading", "test-support", "parse-workflow.mjs"), ...files], { cwd: root, encoding: "utf8" })) as Array<{ file: string; errors: string[]; jobs: string[] }>;
}

describe("the instructor's grading workflow (netlab dist --grader-workflow)", () => {
  const sizes = [3, 254, 255, 600];
  let dir: string;
  const workflows = new Map<number, { text: string; jobs: Record<string, Job> }>();
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-grader-workflow-"));
    for (const size of sizes) {
      const text = graderWorkflow({ roster: rosterOf(size), rosterPath: "grading/roster.csv", extraTests: "hidden" });
      fs.writeFileSync(path.join(dir, `grade-${size}.yml`), text);
      workflows.set(size, { text, jobs: (YAML.parse(text) as { jobs: Record<string, Job> }).jobs });
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("GitHub's own parser reads it without an error, with the jobs we wrote", () => {
    const parsed = githubParse(sizes.map((s) => path.join(dir, `grade-${s}.yml`)));
    for (const [i, size] of sizes.entries()) {
      expect(parsed[i]?.errors).toEqual([]);
      expect(parsed[i]?.jobs.sort()).toEqual(Object.keys(workflows.get(size)?.jobs ?? {}).sort());
    }
  });

  test("the parser does catch a broken workflow (the check above can fail)", () => {
    const broken = path.join(dir, "broken.yml");
    fs.writeFileSync(broken, (workflows.get(3)?.text ?? "").replace("runs-on: ubuntu-24.04", "runs-onn: ubuntu-24.04").replace("!cancelled()", "!cancelled(("));
    expect(githubParse([broken])[0]?.errors.length).toBeGreaterThanOrEqual(2);
  });

  test.each(sizes)("%i students: chunks of at most 254 from the sorted roster, each student once, one run <= 256 jobs", (size) => {
    const { jobs, text } = workflows.get(size) as { jobs: Record<string, Job>; text: string };
    const chunks = Math.ceil(size / GRADE_JOBS_PER_RUN);
    expect(Object.keys(jobs)).toEqual([...Array.from({ length: chunks }, (_, i) => [`fetch-${i + 1}`, `grade-${i + 1}`]).flat(), "merge"]);
    const matrices = Array.from({ length: chunks }, (_, i) => jobs[`grade-${i + 1}`]?.strategy?.matrix.student ?? []);
    expect(matrices.flat()).toEqual(rosterOf(size).map((e) => e.student).sort());
    const lengths = matrices.map((m) => m.length);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(GRADE_JOBS_PER_RUN);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeLessThanOrEqual(1);
    // A run grades one chunk: its fetch job, its matrix, the merge.
    expect(Math.max(...lengths) + 2).toBeLessThanOrEqual(MAX_JOBS_PER_RUN);
    for (let k = 1; k <= chunks; k++) {
      expect(jobs[`fetch-${k}`]?.if).toBe(`inputs.chunk == '${k}'`);
      expect(jobs[`grade-${k}`]?.if).toBe(`!cancelled() && inputs.chunk == '${k}'`);
      const uploads = (jobs[`fetch-${k}`]?.steps ?? []).filter((s) => s.uses?.startsWith("actions/upload-artifact")).map((s) => s.with?.name);
      expect(uploads).toEqual(matrices[k - 1]?.map((s) => `submission-${s}`));
      expect(jobs[`fetch-${k}`]?.steps.find((s) => s.run?.includes("roster fetch"))?.run).toBe(`npx netlab roster fetch grading/roster.csv --into submissions --shard ${k}/${chunks}`);
    }
    expect(text).toContain(`options:\n${Array.from({ length: chunks }, (_, i) => `          - '${i + 1}'`).join("\n")}\npermissions: {}\n`);
  });

  test("permissions: none by default, contents: read at most, and never a write anywhere", () => {
    const { jobs, text } = workflows.get(600) as { jobs: Record<string, Job>; text: string };
    expect((YAML.parse(text) as { permissions: unknown }).permissions).toEqual({});
    for (const [id, job] of Object.entries(jobs)) expect([id, job.permissions]).toEqual([id, { contents: "read" }]);
    expect(text).not.toMatch(/: *write\b/);
  });

  test("no step of a grading job (nor the merge) receives a secret or a token; learner code runs only there", () => {
    const { jobs } = workflows.get(600) as { jobs: Record<string, Job> };
    const learnerJobs = Object.entries(jobs).filter(([id]) => id.startsWith("grade-") || id === "merge");
    for (const [id, job] of learnerJobs) {
      const text = JSON.stringify(job);
      expect([id, text.match(/secrets\./g)]).toEqual([id, null]);
      for (const step of job.steps) {
        for (const [key, value] of Object.entries(step.env ?? {})) expect([id, key, value]).not.toEqual([id, key, expect.stringMatching(/token|secret|github\.token/i)]);
        expect([id, step.with?.token, step.with?.["github-token"]]).toEqual([id, undefined, undefined]);
        if (step.uses?.startsWith("actions/checkout")) expect([id, step.with?.["persist-credentials"]]).toEqual([id, false]);
      }
    }
    // The one job with the token fetches with git and uploads; it never grades or tests.
    for (const [id, job] of Object.entries(jobs).filter(([i]) => i.startsWith("fetch-"))) {
      const runs = job.steps.map((s) => s.run ?? "").join("\n");
      expect([id, runs]).not.toEqual([id, expect.stringMatching(/netlab grade|jest|npm test|npm run/)]);
      expect(runs).toContain("--ignore-scripts");
      expect(job.steps.filter((s) => JSON.stringify(s).includes("secrets.")).map((s) => s.env)).toEqual([{ NETLAB_GIT_TOKEN: `\${{ secrets.${TOKEN_SECRET} }}` }]);
    }
    // Grading: this student's submission only, with the hidden tests; the merge reads the output folders.
    const grade = jobs["grade-1"] as Job;
    expect(grade.steps.find((s) => s.uses?.startsWith("actions/download-artifact"))?.with).toEqual({ name: "submission-${{ matrix.student }}", path: "submissions/${{ matrix.student }}" });
    expect(grade.steps.find((s) => s.run?.includes("netlab grade"))).toEqual({ name: expect.any(String), env: { STUDENT: "${{ matrix.student }}" }, run: 'npx netlab grade submissions/"$STUDENT" --out graded --jobs 1 --extra-tests hidden' });
    const merge = jobs.merge as Job;
    expect(merge.needs).toEqual(["grade-1", "grade-2", "grade-3"]);
    expect(merge.if).toBe("!cancelled()");
    expect(merge.steps.find((s) => s.run?.includes("gradebook merge"))?.run).toBe('npx netlab gradebook merge --out gradebook shards/*\ncat gradebook/summary.md >> "$GITHUB_STEP_SUMMARY"\n');
  });
});
