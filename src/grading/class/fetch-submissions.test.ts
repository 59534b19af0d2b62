import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fetchSubmissions } from "./fetch-submissions";
import { parseRoster } from "./roster";

/** Local bare repositories stand for the students' remotes: no network address is ever used. */
describe("fetching each submission at its commit (local bare repositories as the remotes)", () => {
  let dir: string;
  const commits: Record<string, string[]> = {};
  const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_CONFIG_NOSYSTEM: "1" } }).trim();

  /** A student's repository with commits dated as given; returns the bare "remote". */
  const remote = (student: string, dates: string[]) => {
    const work = path.join(dir, "work", student);
    fs.mkdirSync(path.join(work, "exercises", "ch3"), { recursive: true });
    git(work, "init", "-q", "-b", "main");
    commits[student] = dates.map((date, i) => {
      fs.writeFileSync(path.join(work, "exercises", "ch3", "link.ts"), `export const version = ${i + 1};\n`);
      git(work, "add", "-A");
      execFileSync("git", ["-c", "user.name=s", "-c", "user.email=s@example.invalid", "commit", "-q", "-m", `v${i + 1}`], { cwd: work, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
      return git(work, "rev-parse", "HEAD");
    });
    const bare = path.join(dir, "remotes", `${student}.git`);
    git(dir, "clone", "-q", "--bare", work, bare);
    return bare;
  };

  beforeAll(() => {
    process.env.NETLAB_LANG = "en";
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-fetch-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a commit is checked out exactly; a deadline takes the last commit before it; failures are said and leave no folder", async () => {
    const alice = remote("alice", ["2025-04-20T10:00:00Z", "2025-04-28T10:00:00Z", "2025-05-03T10:00:00Z"]);
    const bob = remote("bob", ["2025-04-29T10:00:00Z", "2025-05-02T10:00:00Z"]);
    const roster = parseRoster(
      [
        "student,repository,commit,deadline",
        `alice,${alice},${commits.alice?.[0]},`,
        `bob,file://${bob},,2025-05-01T23:59:00+08:00`,
        `carol,${path.join(dir, "remotes", "nobody.git")},,2025-05-01T23:59:00Z`,
        `dave,${bob},${"0".repeat(40)},`,
        `erin,${bob},,2025-01-01T00:00:00Z`,
      ].join("\n"),
    );
    const into = path.join(dir, "submissions");
    fs.mkdirSync(path.join(into, "alice"), { recursive: true });
    fs.writeFileSync(path.join(into, "alice", "stale.ts"), "left over");
    const results = await fetchSubmissions(roster, { into, timeoutSeconds: 30, jobs: 2 });
    expect(results.map((r) => [r.student, r.commit])).toEqual([
      ["alice", commits.alice?.[0]],
      ["bob", commits.bob?.[0]],
      ["carol", undefined],
      ["dave", undefined],
      ["erin", undefined],
    ]);
    expect(results[4]?.error).toBe("the default branch has no commit before the deadline 2025-01-01T00:00:00Z");
    expect(results[2]?.error).toMatch(/nobody\.git/);
    expect(fs.readdirSync(into).sort()).toEqual([".fetched.csv", "alice", "bob"]);
    expect(fs.readdirSync(path.join(into, "alice")).sort()).toEqual(["exercises"]);
    expect(fs.readFileSync(path.join(into, "alice", "exercises", "ch3", "link.ts"), "utf8")).toBe("export const version = 1;\n");
    expect(fs.readFileSync(path.join(into, "bob", "exercises", "ch3", "link.ts"), "utf8")).toBe("export const version = 1;\n");
    expect(fs.readFileSync(path.join(into, ".fetched.csv"), "utf8").split("\n")[2]).toBe(`bob,file://${bob},${commits.bob?.[0]},`);
    // About 25 git processes: under 2 s at rest, over jest's default 5 s with two selftests on 2 cores.
    // Bounded by the fetch's own timeoutSeconds (30) and a margin for the repositories made above.
  }, 60_000);

  test("a remote that never answers is stopped at the timeout", async () => {
    const fifo = path.join(dir, "stuck.git");
    // A repository whose HEAD cannot be read without a writer: git blocks on it until stopped.
    fs.mkdirSync(path.join(fifo, "objects"), { recursive: true });
    fs.mkdirSync(path.join(fifo, "refs"));
    execFileSync("mkfifo", [path.join(fifo, "HEAD")]);
    const roster = parseRoster(`student,repository,deadline\nstuck,${fifo},2025-05-01T00:00:00Z\n`);
    const started = Date.now();
    const [result] = await fetchSubmissions(roster, { into: path.join(dir, "stuck-out"), timeoutSeconds: 2, jobs: 1 });
    expect(result?.error).toBe("git took longer than 2s and was stopped");
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
