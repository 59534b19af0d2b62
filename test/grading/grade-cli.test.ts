import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { DEFAULT_TIMEOUT_SECONDS } from "../../src/cli/commands/grade/spec";

const root = path.resolve(__dirname, "..", "..");

/** Runs `netlab ...` in this process and collects what it said. */
async function netlab(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: root, stdout: (s) => (out += `${s}\n`), stderr: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

describe("netlab grade: wrong calls stop before anything runs, with a clear message and exit code", () => {
  let dir: string;
  beforeAll(() => {
    process.env.NETLAB_LANG = "en";
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-grade-cli-"));
    for (const sub of ["a/alice", "b/alice", "bob"]) fs.mkdirSync(path.join(dir, sub, "exercises"), { recursive: true });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("--help states the default per-exercise timeout and the exit codes", async () => {
    const { code, out } = await netlab("help", "grade");
    expect(code).toBe(0);
    expect(out).toContain(`--timeout SECONDS         per exercise (default ${DEFAULT_TIMEOUT_SECONDS})`);
    expect(out).toContain("Exit codes: 0 every submission was graded");
  });

  test.each([
    [[], /needs at least one submission folder/],
    [["bob"], /needs --out DIR/],
    [["nope", "--out", "o"], /The submission .*nope is not a folder/],
    [["bob", "--out", "o", "--jobs", "0"], /--jobs takes a positive whole number, not "0"/],
    [["bob", "--out", "o", "--timeout", "soon"], /--timeout takes a positive whole number, not "soon"/],
    [["bob", "--out", "o", "--hidden-visibility", "sometimes"], /--hidden-visibility is one of visible, hidden/],
    [["bob", "--out", "o", "--extra-tests", "missing"], /--extra-tests .*missing is not a folder/],
    [["a/alice", "b/alice", "--out", "o"], /Two submissions share the folder name "alice"/],
    [["bob", "--out", "o", "--exercises", "ch3-link,ch3-lnk"], /--exercises names "ch3-lnk", which this course does not have; nothing was graded\.[\s\S]*npx netlab list/],
    [["bob", "--out", "o", "--exercises"], /--exercises names "", which this course does not have/],
    [["bob", "--out", "o", "--only", "ch3-link"], /netlab grade does not take --only; nothing was done\.[\s\S]*--exercises/],
  ])("netlab grade %j exits 2", async (args, message) => {
    const { code, err } = await netlab("grade", ...args.map((a) => (["bob", "nope", "missing"].includes(a) || a.includes("/") ? path.join(dir, a) : a)));
    expect(err).toMatch(message);
    expect(err).not.toContain("Grading");
    expect(code).toBe(2);
    expect(fs.existsSync(path.join(root, "o"))).toBe(false);
  });

  test("an --out folder with a gradebook of other exercises is refused, and left as it was", async () => {
    const out = path.join(dir, "graded-before");
    fs.mkdirSync(out);
    const before = "submission,ch3-link,total,max\nalice,4,4,4\n";
    fs.writeFileSync(path.join(out, "gradebook.csv"), before);
    const { code, err } = await netlab("grade", path.join(dir, "bob"), "--out", out, "--exercises", "ch3-default-bridge");
    expect(err).toContain(`${out} already holds grades of other exercises (its gradebook.csv has: ch3-link); this run grades: ch3-default-bridge. Nothing was graded.`);
    expect(err).not.toContain("Grading");
    expect(code).toBe(2);
    expect(fs.readdirSync(out)).toEqual(["gradebook.csv"]);
    expect(fs.readFileSync(path.join(out, "gradebook.csv"), "utf8")).toBe(before);
  });

  test("no Docker engine: exit 3 with how to start one, before grading anything", async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = "tcp://127.0.0.1:9";
    try {
      const { code, err } = await netlab("grade", path.join(dir, "bob"), "--out", path.join(dir, "out"));
      expect(err).toMatch(/Docker engine not reachable/);
      expect(code).toBe(3);
      expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });
});
