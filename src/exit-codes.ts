/**
 * Exit codes, the same for every `netlab` command (documented in `netlab --help`) and for a course
 * run that stops in its global setup. Beside errors.ts, not in src/cli, so that test support exits
 * as the CLI does without loading the CLI.
 */
export const EXIT = {
  ok: 0,
  /** The work was checked and is not done yet (failing tests), or doctor found a blocking problem. */
  failed: 1,
  /** The command was called wrongly. */
  usage: 2,
  /** Docker is not reachable. */
  engine: 3,
  /** A bug in netlab. */
  internal: 70,
} as const;
