import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { netlab, scratchProject, solve } from "./support/scratch-project";

describe("netlab reset <id>", () => {
  const project = scratchProject();
  const file = path.join(project.root, "exercises", "ch3", "link.ts");
  const stub = fs.readFileSync(file, "utf8");
  const git = (...args: string[]) =>
    execFileSync("git", ["-c", "user.name=Learner", "-c", "user.email=l@example.org", "-c", "commit.gpgsign=false", ...args], { cwd: project.root, stdio: "pipe" });
  const state = () => JSON.parse(fs.readFileSync(path.join(project.root, ".netlab", "progress.json"), "utf8")) as { exercises: Record<string, unknown> };

  beforeAll(() => {
    // A learner's clone: the course as the first commit, then their own finished work committed on top.
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "the course");
    solve(project.root, "ch3/link.ts");
    git("commit", "-qam", "my ch3-link");
    fs.mkdirSync(path.join(project.root, ".netlab"), { recursive: true });
    const exercises = { "ch3-link": { status: "done", hints: 2 }, "ch3-user-network": { status: "done" } };
    fs.writeFileSync(path.join(project.root, ".netlab", "progress.json"), JSON.stringify({ version: 1, exercises }));
  });
  afterAll(() => project.remove());

  test("needs an exercise id (exit 2)", async () => {
    const r = await netlab(["reset"], { cwd: project.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("npx netlab reset ch3-link");
  });

  test("asks first: no answer (a closed stdin) or 'n' changes nothing, exit 1", async () => {
    for (const input of ["", "n\n"]) {
      const r = await netlab(["reset", "ch3-link"], { cwd: project.root, input });
      expect(r.code).toBe(1);
      expect(r.stdout).toContain("Reset ch3-link? exercises/ch3/link.ts goes back to the original stub");
      expect(r.stdout).toContain("Not reset: ch3-link is as it was. (`npx netlab reset ch3-link --yes` resets without asking.)");
    }
    expect(fs.readFileSync(file, "utf8")).not.toBe(stub);
    expect(state().exercises["ch3-link"]).toBeDefined();
  });

  test("'y': the stub from git (past the learner's commit), the code kept in .netlab/backup, progress cleared", async () => {
    const mine = fs.readFileSync(file, "utf8");
    const r = await netlab(["reset", "ch3-link"], { cwd: project.root, input: "y\n" });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(stub);
    expect(r.stdout).toMatch(/is the original stub again \(from git [0-9a-f]{7}\)/);
    const backup = /Your previous code: (\S+)/.exec(r.stdout)?.[1] ?? "";
    expect(fs.readFileSync(path.join(project.root, backup), "utf8")).toBe(mine);
    expect(state().exercises).toEqual({ "ch3-user-network": { status: "done" } });
  });

  test("--yes skips the question; Chinese with NETLAB_LANG=zh", async () => {
    fs.writeFileSync(path.join(project.root, "exercises", "ch3", "user-network.ts"), "// my attempt\n");
    const r = await netlab(["reset", "user-network", "--yes"], { cwd: project.root, env: { NETLAB_LANG: "zh" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("已重置 ch3-user-network");
    expect(fs.readFileSync(path.join(project.root, "exercises", "ch3", "user-network.ts"), "utf8")).toContain("notYetDone(");
    expect(state().exercises).toEqual({});
  });
});
