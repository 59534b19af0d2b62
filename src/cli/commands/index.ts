import type { CommandSpec, RunCommand } from "../command";

/**
 * Every `netlab` command, in the order `netlab --help` lists them: the order a learner meets them
 * (set up, see the course, work on an exercise, get unstuck, look back, tidy up).
 */
const NAMES = ["doctor", "list", "watch", "run", "hint", "explore", "progress", "reset", "clean", "roster", "grade", "gradebook", "dist"] as const;

/**
 * A command lives in commands/<name>/: spec.ts (`spec`: its help and flags), index.ts (`run`: its
 * code), messages.ts (its texts). Each is loaded when first needed: --help reads every spec and no
 * code; running a command reads its own spec and code alone, so that `netlab list` never loads the
 * engine code or the TypeScript compiler another command needs. require(), not import(): tsx's
 * CommonJS hook runs the CLI.
 */
export const commands = NAMES.map((name) => ({
  name,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  spec: () => (require(`./${name}/spec`) as { spec: CommandSpec }).spec,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  load: () => require(`./${name}`) as { run: RunCommand },
}));
