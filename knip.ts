import type { KnipConfig } from "knip";

// `npm run knip`: files, exports and dependencies nothing uses. knip follows imports; what follows
// is what it cannot see by itself, each with the reason it stays.
const config: KnipConfig = {
  entry: [
    // The `netlab` command: bin/package.json names it, npm links it into node_modules/.bin.
    "bin/netlab.js",
    // lazyCommand() requires each command's folder by its name (src/cli/lazy-command.ts).
    "src/cli/commands/*/index.ts",
    // The learner's files and the reference solutions, reached through jest's @target mapping. A
    // file's exports are its exercise's interface (WEB_SERVER, hostServer), the same in both folders.
    "exercises/**/*.ts",
    "solutions/**/*.ts",
    // The helpers instructors' hidden tests import (docs/en/instructor-guide.md): public, used or not.
    "src/testing/index.ts",
    // Wrong solutions that src/dev/mutants.ts copies over a reference solution.
    "test/mutants/**/*.ts",
    // Processes the framework tests spawn.
    "test/framework/fixtures/*.ts",
    // reap-run.js is spawned detached by src/lab/lab-run.ts; the rest are run by npm scripts or by hand.
    "scripts/*.{js,ts}",
    // The drills' DNS server, spawned by path inside a container's network namespace (scripts/negative-probes/lookups.ts).
    "scripts/negative-probes/late-dns.js",
    // Plain JS and .mjs under src/ is named by path, never imported: jest reporters, runners and
    // setup files in jest configs, the sandbox's inside/ programs copied into its container, and
    // .mjs helpers spawned through node or tsx.
    "src/**/*.{js,mjs}",
    // Setup files named by path in the grader's generated jest config (src/grading/runner/jest-config.ts).
    "src/grading/runner/grading-guard.ts",
    "src/jest-run/tests-begin.ts",
    // The program the sandbox's stand-ins spawn by path (src/sandbox/stand-ins.ts).
    "src/sandbox/call-in-sandbox.ts",
  ],
  // `@lazy`: exported for a module that loads its file with require() at run time (src/cli/heavy.ts,
  // a command's deferred require), which knip cannot follow.
  tags: ["-lazy"],
  project: ["bin/**/*.js", "src/**/*.{ts,js,mjs}", "test/**/*.ts", "exercises/**/*.ts", "solutions/**/*.ts", "scripts/**/*.{ts,js}"],
  // Both ship inside jest and must be its version: listed apart they could drift from the jest that loads the matchers.
  // jest-config is read the way jest reads a config (src/grading/runner/read-course-project.js), for the same reason.
  // esbuild-register is named only in jest.config.ts's `@jest-config-loader` docblock: jest loads it.
  ignoreDependencies: ["@jest/globals", "expect", "jest-config", "esbuild-register"],
  // The host's own tools (coreutils, openssl, libc, util-linux), not npm packages.
  ignoreBinaries: ["mkfifo", "openssl", "ldd", "nsenter"],
};

export default config;
