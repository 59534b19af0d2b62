import fs from "node:fs";
import path from "node:path";

export interface GradingConfigOptions {
  /** The instructor's project: its jest.config.js, tests, framework and node_modules are used. */
  root: string;
  /** Where the grading reporter appends its events. */
  events: string;
  /** jest workers for this run. */
  workers: number;
  /** A folder laid out like test/ with instructor-only tests. */
  extraTests?: string;
}

/**
 * Writes the jest config of one grading run: the instructor's own "course" project, plus the
 * grading reporter, the guard against process.exit, and room for hidden tests. The code under test
 * comes from NETLAB_TARGET (the staged exercise files); nothing of the submission's config is read.
 * The project part is the same for every submission, so ts-jest compiles the framework and the tests
 * once and reuses them (its cache is keyed by the project config and id).
 */
export function writeGradingConfig(file: string, options: GradingConfigOptions): void {
  const root = path.resolve(options.root);
  const extra = options.extraTests ? path.resolve(options.extraTests) : undefined;
  const here = __dirname;
  const json = JSON.stringify;
  const text = `// Written by \`netlab grade\` for one grading run; removed afterwards.
const root = ${json(root)};
const extra = ${json(extra ?? null)};
const base = require(${json(path.join(root, "jest.config.js"))});
const course = (base.projects || []).find((p) => p.displayName === "course" || (p.displayName && p.displayName.name === "course"));
if (!course) throw new Error("netlab grade: " + root + "/jest.config.js has no project named \\"course\\"");
// @target/... is resolved from NETLAB_TARGET when a test imports it (target-resolver.js), not here.
const mapper = { ...course.moduleNameMapper };
delete mapper["^@target/(.*)$"];
// Hidden tests sit elsewhere but import like test/chN/ files do: ../../src/testing.
if (extra) mapper["^\\\\.\\\\./\\\\.\\\\./src/(.*)$"] = root + "/src/$1";

module.exports = {
  rootDir: root,
  maxWorkers: ${Math.max(1, Math.floor(options.workers))},
  // Always in workers, never in jest's own process: learner code that blocks or ends its process
  // then takes down one test file, never the run.
  workerIdleMemoryLimit: "2GB",
  watchman: false,
  reporters: [[${json(path.join(here, "grading-reporter.js"))}, { events: ${json(options.events)}, maxMessage: 8000 }]],
  projects: [
    {
      ...course,
      id: "netlab-grade",
      rootDir: root,
      roots: extra ? [root, extra] : [root],
      testMatch: [...(course.testMatch || []), ...(extra ? [extra + "/**/*.test.ts"] : [])],
      moduleNameMapper: mapper,
      resolver: ${json(path.join(here, "target-resolver.js"))},
      moduleDirectories: ["node_modules", root + "/node_modules"],
      setupFilesAfterEnv: [...(course.setupFilesAfterEnv || []), ${json(path.join(here, "grading-guard.ts"))}, ${json(path.join(here, "tests-begin.ts"))}],
    },
  ],
};
`;
  fs.writeFileSync(file, text);
}
