/** What every command receives: where the project is, its arguments, and where to write. */
export interface CommandContext {
  /** The project root (where package.json and exercises/ are). */
  cwd: string;
  /** Positional arguments after the command name. */
  args: string[];
  /** --flags, parsed: --jobs 2 -> { jobs: "2" }, --yes -> { yes: true }. */
  flags: Record<string, string | boolean>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One `netlab <name>` command: a plain async function returning its exit code. */
export interface Command {
  name: string;
  /** One line for `netlab --help`. */
  summary: string;
  /** Usage and options, for `netlab help <name>`. */
  usage: string;
  /** The --flags it takes, without the dashes; any other flag is refused before it runs. */
  options: readonly string[];
  run(ctx: CommandContext): Promise<number>;
}

// Defined in src/exit-codes.ts (test support uses them too); re-exported for the commands.
export { EXIT } from "../exit-codes";

/** A user-facing stop with a message and an exit code (changesets' ExitError). */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = "ExitError";
  }
}
