import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeGradingConfig } from "./jest-config";

const root = path.resolve(__dirname, "..", "..", "..");

describe("the jest config of a grading run", () => {
  let dir: string;
  const load = (extraTests?: string) => {
    const file = path.join(dir, `config-${extraTests ? "extra" : "plain"}.js`);
    writeGradingConfig(file, { root, events: path.join(dir, "events.jsonl"), workers: 3, extraTests });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(file) as { maxWorkers: number; reporters: unknown[]; projects: Array<Record<string, unknown>> };
  };
  beforeAll(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-config-"))));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("is the instructor's course project, with the grading reporter, the guard, the tests-begin signal and the target resolver", () => {
    const config = load();
    const [project] = config.projects;
    expect(config.maxWorkers).toBe(3);
    expect(project).toMatchObject({ displayName: "course", id: "netlab-grade", rootDir: root, resolver: path.join(__dirname, "target-resolver.js") });
    expect(project?.setupFilesAfterEnv).toEqual(expect.arrayContaining([path.join(__dirname, "grading-guard.ts"), path.join(__dirname, "tests-begin.ts")]));
    expect(Object.keys(project?.moduleNameMapper as object)).toEqual(["^netlab$"]);
    expect(JSON.stringify(config.reporters)).toContain("grading-reporter.js");
  });

  test("does not depend on the submission, so that every submission shares one transform cache", () => {
    const before = process.env.NETLAB_TARGET;
    process.env.NETLAB_TARGET = "/somewhere/else";
    const other = fs.readFileSync(path.join(dir, "config-plain.js"), "utf8");
    writeGradingConfig(path.join(dir, "again.js"), { root, events: path.join(dir, "events.jsonl"), workers: 3 });
    process.env.NETLAB_TARGET = before;
    expect(fs.readFileSync(path.join(dir, "again.js"), "utf8")).toBe(other);
  });

  test("hidden tests: their folder is a root, and ../../src/ maps to the instructor's src", () => {
    const [project] = load("/hidden").projects;
    expect(project?.roots).toEqual([root, "/hidden"]);
    expect(project?.testMatch).toEqual(expect.arrayContaining(["/hidden/**/*.test.ts"]));
    expect(project?.moduleNameMapper).toMatchObject({ "^\\.\\./\\.\\./src/(.*)$": `${root}/src/$1` });
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
