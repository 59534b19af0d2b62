import fs from "node:fs";
import path from "node:path";

/**
 * Whether a jest command line (`npm test -- test/ch3/link.test.ts`, `npm test -- docker0`) runs at
 * most one test file. jest runs a single file in its own process anyway; saying so in `maxWorkers`
 * also keeps jest's file index (jest-haste-map) from starting a pool of `maxWorkers` processes to
 * re-read the one file the learner just saved: 200 ms of a 2 s check on two cores (issue 14).
 *
 * Only the plainest command line counts: the config flag and path patterns, nothing else. Each
 * pattern is matched as jest matches it (a case-insensitive regular expression, against the absolute
 * path) against every `*.test.ts` under test/, a superset of the course's files, so a command that
 * runs more than one file is never taken for one that runs a single file.
 */
export function runsOneFile(args: readonly string[], root: string): boolean {
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-c" || arg === "--config") i++;
    else if (arg.startsWith("--config=") || arg.startsWith("-c=")) continue;
    else if (arg.startsWith("-")) return false;
    else patterns.push(arg);
  }
  if (patterns.length === 0) return false;
  let pattern: RegExp;
  try {
    pattern = new RegExp(patterns.join("|"), "i");
  } catch {
    return false; // jest then says the pattern is invalid and runs every file.
  }
  // jest reads "/" in a pattern as the path separator: compare with "/" on every system.
  return testFiles(path.join(root, "test")).filter((file) => pattern.test(file.split(path.sep).join("/"))).length <= 1;
}

function testFiles(dir: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return entry.name.endsWith(".test.ts") ? [full] : [];
  });
}
