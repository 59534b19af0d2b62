import { closest, main } from "./cli";
import { parseArgs } from "./parse-args";

/** Runs the CLI in this process, capturing what it writes. */
async function cli(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { stdout: (t) => (out += `${t}\n`), stderr: (t) => (err += `${t}\n`), cwd: process.cwd() });
  return { code, out, err };
}

describe("netlab's argument handling", () => {
  const saved = process.env.NETLAB_LANG;
  beforeAll(() => (process.env.NETLAB_LANG = "en"));
  afterAll(() => (process.env.NETLAB_LANG = saved));

  test("flags: --key value, --key=value, switches, -h and -y; other short flags are kept by name", () => {
    const switches = new Set(["yes", "json"]);
    expect(parseArgs(["grade", "a", "--out", "g", "--jobs=2", "--json", "b"], switches)).toEqual({ command: "grade", args: ["a", "b"], flags: { out: "g", jobs: "2", json: true } });
    expect(parseArgs(["reset", "ch3-link", "-y"], switches).flags).toEqual({ yes: true });
    expect(parseArgs(["list", "-h"], switches).flags).toEqual({ help: true });
    expect(parseArgs(["list", "-j"], switches).flags).toEqual({ "-j": true });
    expect(parseArgs(["grade", "--", "--odd-folder"], switches).args).toEqual(["--odd-folder"]);
  });

  test("a flag the command does not take is refused (exit 2) before anything runs, with its options and a guess", async () => {
    const typo = await cli(["list", "--jsn"]);
    expect(typo).toEqual({ code: 2, out: "", err: expect.stringContaining("netlab list does not take --jsn (did you mean --json?); nothing was done.") });
    expect(typo.err).toContain("Its options: --json.");
    const other = await cli(["grade", "sub", "--out", "g", "--only", "ch3-link"]);
    expect(other.code).toBe(2);
    expect(other.err).toContain("netlab grade does not take --only; nothing was done.");
    expect(other.err).toContain("--exercises");
    expect((await cli(["doctor", "-x"])).err).toContain("netlab doctor does not take -x; nothing was done.\nIts options: none.");
  });

  test("a guess is offered only when it is close", () => {
    expect(closest("jsn", ["json"])).toBe("json");
    expect(closest("dry", ["dry-run", "run", "image"])).toBe("dry-run");
    expect(closest("exercise", ["out", "exercises"])).toBe("exercises");
    expect(closest("only", ["out", "jobs", "exercises"])).toBeUndefined();
    expect(closest("x", ["json"])).toBeUndefined();
  });
});
