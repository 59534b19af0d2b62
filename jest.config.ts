/** @jest-config-loader esbuild-register */
// jest 30 on Node 20 loads this file through the loader named above (esbuild, which tsx brings
// anyway): no ts-node, no type check at every start. The docblock must stay the file's first comment.
import path from "node:path";
import type { Config } from "jest";

// jest types a project as a bare record; its options are those of a config.
type Project = Config;

/**
 * Which code the course suites check: the learner's exercises (default), the reference solutions
 * (`npm run selftest`), or any folder laid out like exercises/ (grading a submission).
 */
const target = resolveTarget(process.env.NETLAB_TARGET ?? "exercises");

function resolveTarget(value: string): string {
  if (value === "exercises" || value === "solutions") return `<rootDir>/${value}`;
  return path.resolve(value);
}

const typescript: Project = { testEnvironment: "node", transform: { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] } };

/** The suites that run on the live engine: one run id per jest run, its resources reaped at the end; netlab's matchers. */
const onEngine: Project = {
  globalSetup: "<rootDir>/test/support/global-setup.ts",
  globalTeardown: "<rootDir>/test/support/global-teardown.ts",
  setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts"],
};

/** The course suites (test/ch*): what `npm test` runs (jest.course.config.ts) and what `netlab grade` grades with. */
export const course: Project = {
  displayName: "course",
  testMatch: ["<rootDir>/test/ch*/**/*.test.ts"],
  ...typescript,
  // Exercises import "netlab" (the public entry point) so that a submission checks the same from any folder.
  moduleNameMapper: { "^@target/(.*)$": `${target}/$1`, "^netlab$": "<rootDir>/src/index.ts" },
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
