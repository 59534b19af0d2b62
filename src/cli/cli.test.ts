import { closest, main } from "./cli";
import { spec as gradeSpec } from "./commands/grade/spec";
import { spec as listSpec } from "./commands/list/spec";
import { spec as resetSpec } from "./commands/reset/spec";
import { parseArgv } from "./parse-argv";

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

  test("flags: --key value, --key=value, switches, short forms and defaults; other flags are kept by name", () => {
    expect(parseArgv(["a", "--out", "g", "--jobs=2", "--keep", "b"], gradeSpec.options)).toEqual({
      positionals: ["a", "b"],
      flags: { out: "g", jobs: "2", keep: true, timeout: "60", workers: "4", "hidden-visibility": "after_published" },
      unknown: [],
    });
    expect(parseArgv(["ch3-link", "-y"], resetSpec.options).flags).toEqual({ yes: true });
    expect(parseArgv(["-j", "--jsn=1"], listSpec.options)).toEqual({ positionals: [], flags: {}, unknown: ["-j", "--jsn"] });
    expect(parseArgv(["--", "--odd-folder"], gradeSpec.options).positionals).toEqual(["--odd-folder"]);
  });

  test("a string flag followed by another flag has no value, as one given last", () => {
    expect(parseArgv(["--out", "--jobs", "2", "sub"], gradeSpec.options)).toMatchObject({ positionals: ["sub"], flags: { out: true, jobs: "2" } });
    expect(parseArgv(["sub", "--out"], gradeSpec.options).flags.out).toBe(true);
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
