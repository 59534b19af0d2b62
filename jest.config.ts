/** @jest-config-loader esbuild-register */
// jest 30 on Node 20 loads this file through the loader named above (esbuild, which tsx brings
// anyway): no ts-node, no type check at every start. The docblock must stay the file's first comment.
import type { Config } from "jest";
import { courseModuleMapper, targetDir } from "./src/jest-run/target-map";

// jest types a project as a bare record; its options are those of a config.
type Project = Config;

const typescript: Project = { testEnvironment: "node", transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] } };

/** The suites that run on the live engine: one run id per jest run, its resources reaped at the end; netlab's matchers. */
const onEngine: Project = {
  // node's, with testcontainers loaded once per jest process rather than once per test file.
  testEnvironment: "<rootDir>/src/jest-run/environment.js",
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  // tests-begin: says when a file's modules are loaded and its tests begin (a phase of every check; the grader's file bound counts from it).
  // wait-for-save, last: where a warm check prepared ahead waits for the learner's save.
  setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts", "<rootDir>/src/jest-run/tests-begin.ts", "<rootDir>/src/jest-run/wait-for-save.js"],
};

/** The course suites (test/ch*): what `npm test` runs (jest.course.config.ts) and what `netlab grade` grades with. */
export const course: Project = {
  displayName: "course",
  testMatch: ["<rootDir>/test/ch*/**/*.test.ts"],
  ...typescript,
  // "@target/..." is the code under test (NETLAB_TARGET: exercises, solutions or a submission's folder);
  // "netlab" the public entry point. Written once, in src/jest-run/target-map.js.
  moduleNameMapper: courseModuleMapper(targetDir()),
  ...onEngine,
};

const config: Config = {
  // Course tests wait on Docker, not on the CPU: more workers than cores pays off.
  maxWorkers: process.env.NETLAB_WORKERS ?? 4,
  // Under each file's result, the checks this engine cannot show and why (testNeeding).
  reporters: ["default", "<rootDir>/src/testing/not-shown-reporter.js"],
  projects: [
    { displayName: "unit", testMatch: ["<rootDir>/src/**/*.test.ts"], ...typescript },
    { displayName: "framework", testMatch: ["<rootDir>/test/framework/**/*.test.ts"], ...typescript, ...onEngine },
    // netlab grade end to end: a batch of faulty submissions graded on the live engine (test/grading).
    { displayName: "grading", testMatch: ["<rootDir>/test/grading/**/*.test.ts"], ...typescript, ...onEngine },
    // The learner CLI end to end: `node bin/netlab.js <command>` as a process, in scratch copies of the project (test/cli).
    { displayName: "cli", testMatch: ["<rootDir>/test/cli/**/*.test.ts"], ...typescript, ...onEngine },
    course,
  ],
};

export default config;
