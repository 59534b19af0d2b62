import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runsOneFile } from "./one-file-run";
import { COURSE_CONFIG_FILE } from "./start-jest";

describe("runsOneFile: a jest command line that runs at most one test file", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-one-file-"));
    for (const file of ["test/ch3/link.test.ts", "test/ch3/predict-link.test.ts", "test/ch2/docker0.test.ts", "test/cli/run.test.ts", "test/mutants/ch2-docker0/wrong.ts"]) {
      fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      fs.writeFileSync(path.join(root, file), "");
    }
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each([
    ["one file by its path", ["-c", "jest.course.config.ts", "test/ch3/link.test.ts"], true],
    ["a pattern only one file matches (a mutant is no test file)", ["-c", "jest.course.config.ts", "docker0"], true],
    ["jest's patterns ignore case", ["--config=jest.course.config.ts", "DOCKER0"], true],
    ["a pattern that matches nothing: jest runs nothing", ["-c", "x", "no-such-exercise"], true],
    ["a pattern two files match", ["-c", "jest.course.config.ts", "link"], false],
    ["two patterns of one file each", ["-c", "x", "docker0", "test/ch3/link.test.ts"], false],
    ["no pattern: every file", ["-c", "jest.course.config.ts"], false],
    ["any other flag (its value could look like a pattern)", ["-c", "x", "-t", "docker0"], false],
    ["watch mode", ["-c", "x", "--watch", "test/ch3/link.test.ts"], false],
    ["a pattern that is no regular expression", ["-c", "x", "link("], false],
  ])("%s", (_case, args, expected) => {
    expect(runsOneFile(args, root)).toBe(expected);
  });

  test("the learner's jest config (npm test) asks for one worker exactly then", () => {
    const saved = { argv: process.argv, workers: process.env.NETLAB_WORKERS };
    delete process.env.NETLAB_WORKERS;
    const maxWorkers = (...args: string[]) => {
      process.argv = ["node", "jest", "-c", COURSE_CONFIG_FILE, ...args];
      let loaded: { default: { maxWorkers?: unknown } } | undefined;
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        loaded = require(path.resolve(__dirname, "..", "..", COURSE_CONFIG_FILE)) as typeof loaded;
      });
      return loaded?.default.maxWorkers;
    };
    try {
      expect(maxWorkers("test/ch3/link.test.ts")).toBe(1);
      expect(maxWorkers("link")).not.toBe(1);
      expect(maxWorkers()).not.toBe(1);
    } finally {
      process.argv = saved.argv;
      if (saved.workers !== undefined) process.env.NETLAB_WORKERS = saved.workers;
    }
  });
});
