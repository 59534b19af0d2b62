import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { loadCatalogue } from "../../src/course/catalogue";
import { cliEnv, netlab, scratchProject } from "./support/scratch-project";

const course = loadCatalogue();
const [first, second, third] = course.exercises;

describe("netlab list and netlab progress", () => {
  const project = scratchProject();
  afterAll(() => project.remove());
  beforeAll(() => {
    // The first two exercises done, as `run` would have recorded them.
    fs.mkdirSync(path.join(project.root, ".netlab"));
    const exercises = Object.fromEntries([first, second].map((e) => [e?.id, { status: "done" }]));
    fs.writeFileSync(path.join(project.root, ".netlab", "progress.json"), JSON.stringify({ version: 1, exercises }));
  });

  test("list: every exercise in course order with chapter, points and status; the next one marked", async () => {
    const r = await netlab(["list"], { cwd: project.root });
    expect(r.code).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => /^\d+ /.test(l));
    expect(rows.map((l) => l.split(/\s+/)[1])).toEqual(course.exercises.map((e) => e.id));
    expect(rows[0]).toMatch(new RegExp(`^1 +${first?.id} +${first?.chapter} +${first?.points} +✓ done`));
    expect(rows[2]).toMatch(new RegExp(`▶ pending +${third?.title.en.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
    expect(r.stdout).toContain(`2/${course.exercises.length} exercises done`);
    expect(r.stdout).toContain(`npx netlab run ${third?.id}`);
  });

  test("list into a pipe whose reader has gone (`| head`): ends quietly with 0, no EPIPE stack", async () => {
    const child = spawn(process.execPath, [path.join(project.root, "bin", "netlab.js"), "list"], { cwd: project.root, env: cliEnv(), stdio: ["ignore", "pipe", "pipe"] });
    // Closed before netlab writes a line, as `head` closes it once it has what it wanted.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  test("list --json: the same as data", async () => {
    const r = await netlab(["list", "--json"], { cwd: project.root });
    const rows = JSON.parse(r.stdout) as Array<{ id: string; status: string; file: string }>;
    expect(rows).toHaveLength(course.exercises.length);
    expect(rows[1]).toMatchObject({ id: second?.id, status: "done", file: `exercises/${second?.file}` });
    expect(rows[2]).toMatchObject({ status: "pending" });
  });

  test("progress: a bar and counts for the course and for each chapter", async () => {
    const r = await netlab(["progress"], { cwd: project.root });
    expect(r.code).toBe(0);
    const points = (first?.points ?? 0) + (second?.points ?? 0);
    const total = course.exercises.reduce((s, e) => s + e.points, 0);
    expect(r.stdout).toMatch(new RegExp(`^Progress \\[█+░+\\] 2/${course.exercises.length} exercises, ${points}/${total} points$`, "m"));
    for (const chapter of course.chapters) expect(r.stdout).toContain(`${chapter.id} ${chapter.title.en}`);
    expect(r.stdout).toContain("(state: .netlab/progress.json)");
  });

  test("progress in Chinese", async () => {
    const r = await netlab(["progress"], { cwd: project.root, env: { NETLAB_LANG: "zh" } });
    expect(r.stdout).toMatch(/^进度 \[/);
    expect(r.stdout).toContain(course.chapters[0]?.title.zh ?? "?");
  });

  test("an unreadable state file: a clear message with the fix, not a stack trace", async () => {
    const other = scratchProject();
    try {
      fs.mkdirSync(path.join(other.root, ".netlab"));
      fs.writeFileSync(path.join(other.root, ".netlab", "progress.json"), "{ oops");
      const r = await netlab(["progress"], { cwd: other.root });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain("Cannot read netlab's progress file");
      expect(r.stderr).toContain("rm .netlab/progress.json");
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      other.remove();
    }
  });
});
