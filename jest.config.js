// Plain JS so that jest needs no TypeScript loader for its own config.
const path = require("node:path");

/**
 * Which code the course suites check: the learner's exercises (default), the reference solutions
 * (`npm run selftest`), or any folder laid out like exercises/ (grading a submission).
 */
const target = resolveTarget(process.env.NETLAB_TARGET ?? "exercises");

function resolveTarget(value) {
  if (value === "exercises" || value === "solutions") return `<rootDir>/${value}`;
  return path.resolve(value);
}

/** @type {import("jest").Config["transform"]} */
const tsJest = { "^.+\\.ts$": ["ts-jest", { diagnostics: false }] };

/** @type {import("jest").Config} */
const config = {
  // Course tests wait on Docker, not on the CPU: more workers than cores pays off.
  maxWorkers: process.env.NETLAB_WORKERS ?? 4,
  // Under each file's result, the checks this engine cannot show and why (testNeeding).
  reporters: ["default", "<rootDir>/src/testing/not-shown-reporter.js"],
  projects: [
    {
      displayName: "unit",
      testMatch: ["<rootDir>/src/**/*.test.ts"],
      testEnvironment: "node",
      transform: tsJest,
    },
    {
      displayName: "framework",
      testMatch: ["<rootDir>/test/framework/**/*.test.ts"],
      testEnvironment: "node",
      transform: tsJest,
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts"],
    },
    {
      // netlab grade end to end: a batch of faulty submissions graded on the live engine (test/grading).
      displayName: "grading",
      testMatch: ["<rootDir>/test/grading/**/*.test.ts"],
      testEnvironment: "node",
      transform: tsJest,
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts"],
    },
    {
      // The learner CLI end to end: `node bin/netlab.js <command>` as a process, in scratch copies of the project (test/cli).
      displayName: "cli",
      testMatch: ["<rootDir>/test/cli/**/*.test.ts"],
      testEnvironment: "node",
      transform: tsJest,
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts"],
    },
    {
      displayName: "course",
      testMatch: ["<rootDir>/test/ch*/**/*.test.ts"],
      testEnvironment: "node",
      transform: tsJest,
      // Exercises import "netlab" (the public entry point) so that a submission checks the same from any folder.
      moduleNameMapper: { "^@target/(.*)$": `${target}/$1`, "^netlab$": "<rootDir>/src/index.ts" },
      globalSetup: "<rootDir>/test/support/global-setup.ts",
      globalTeardown: "<rootDir>/test/support/global-teardown.ts",
      setupFilesAfterEnv: ["<rootDir>/test/support/setup-matchers.ts"],
    },
  ],
};

module.exports = config;
