import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { readCourseProject, writeGradingConfig } from "./jest-config";

process.env.NETLAB_LANG = "en";

const root = path.resolve(__dirname, "..", "..", "..");

// Each read of a course project starts a node process that loads jest's config reader and esbuild:
// well under a second at rest, past jest's default 5 s with two selftests on one 2-core machine.
jest.setTimeout(30_000);

describe("the jest config of a grading run", () => {
  let dir: string;
  const load = async (extraTests?: string) => {
    const file = path.join(dir, `config-${extraTests ? "extra" : "plain"}.json`);
    await writeGradingConfig(file, { root, workers: 3, extraTests });
    return JSON.parse(fs.readFileSync(file, "utf8")) as { maxWorkers: number; reporters?: unknown[]; projects: Array<Record<string, unknown>> };
  };
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-config-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("is the instructor's course project, with the guard, the tests-begin signal and the target resolver", async () => {
    const config = await load();
    const [project] = config.projects;
    expect(config.maxWorkers).toBe(3);
    expect(project).toMatchObject({ displayName: "course", id: "netlab-grade", rootDir: root, resolver: path.join(__dirname, "target-resolver.js") });
    expect(project?.setupFilesAfterEnv).toEqual(expect.arrayContaining([path.join(__dirname, "grading-guard.ts"), path.join(__dirname, "..", "..", "jest-run", "tests-begin.ts")]));
    expect(Object.keys(project?.moduleNameMapper as object)).toEqual(["^netlab$"]);
    // The reporter is startJest's to add (one reporter, for every run): the config names none that could differ.
    expect(config.reporters).toBeUndefined();
  });

  test("does not depend on the submission, so that every submission shares one transform cache", async () => {
    const before = process.env.NETLAB_TARGET;
    process.env.NETLAB_TARGET = "/somewhere/else";
    const other = fs.readFileSync(path.join(dir, "config-plain.json"), "utf8");
    await writeGradingConfig(path.join(dir, "again.json"), { root, workers: 3 });
    process.env.NETLAB_TARGET = before;
    expect(fs.readFileSync(path.join(dir, "again.json"), "utf8")).toBe(other);
  });

  test("hidden tests: their folder is a root, and ../../src/ maps to the instructor's src", async () => {
    const [project] = (await load("/hidden")).projects;
    expect(project?.roots).toEqual([root, "/hidden"]);
    expect(project?.testMatch).toEqual(expect.arrayContaining(["/hidden/**/*.test.ts"]));
    expect(project?.moduleNameMapper).toMatchObject({ "^\\.\\./\\.\\./src/(.*)$": `${root}/src/$1` });
  });
});

describe("the instructor's course project, read as jest reads jest.config.ts", () => {
  let dir: string;
  /** A project folder with this jest.config.ts and the instructor's node_modules. */
  const project = (name: string, config: string) => {
    const at = path.join(dir, name);
    fs.mkdirSync(at);
    fs.symlinkSync(path.join(root, "node_modules"), path.join(at, "node_modules"), "dir");
    fs.writeFileSync(path.join(at, "jest.config.ts"), `/** @jest-config-loader esbuild-register */\nimport type { Config } from "jest";\n${config}\n`);
    return at;
  };
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-course-project-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("is this project's own course project", async () => {
    const course = await readCourseProject(root);
    expect(course).toMatchObject({ displayName: "course", testMatch: ["<rootDir>/test/ch*/**/*.test.ts"] });
    expect(Object.keys(course.moduleNameMapper ?? {})).toEqual(["^@target/(.*)$", "^netlab$"]);
  });

  test("a config without a course project is refused, naming the file and what to keep", async () => {
    const at = project("no-course", `export default { projects: [{ displayName: "unit" }] } satisfies Config;`);
    await expect(readCourseProject(at)).rejects.toThrow(`${path.join(at, "jest.config.ts")} has no project named "course"`);
  });

  test("a course project that JSON cannot carry (a RegExp) is refused rather than written without it", async () => {
    const at = project("not-data", `export default { projects: [{ displayName: "course", testRegex: /x/ as unknown as string }] } satisfies Config;`);
    await expect(readCourseProject(at)).rejects.toThrow(/other than plain data/);
  });

  test("a folder whose config does not load says so, with jest's own error", async () => {
    const at = project("broken", `throw new Error("broken config");`);
    await expect(readCourseProject(at)).rejects.toThrow(/could not read the jest config[\s\S]*broken config/);
  });
});

describe("the @target resolver", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const resolve = require("./target-resolver.js") as (request: string, options: { defaultResolver: (r: string, o: unknown) => string }) => string;
  const options = { defaultResolver: (r: string) => `resolved:${r}` };

  test("@target/... resolves inside NETLAB_TARGET, anything else as jest would", () => {
    const before = process.env.NETLAB_TARGET;
    process.env.NETLAB_TARGET = "/stage/exercises";
    expect(resolve("@target/ch3/link", options)).toBe("resolved:/stage/exercises/ch3/link");
    expect(resolve("../../src/testing", options)).toBe("resolved:../../src/testing");
    process.env.NETLAB_TARGET = before;
  });
});
