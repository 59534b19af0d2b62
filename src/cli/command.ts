/** --flags as parsed: --jobs 2 -> { jobs: "2" }, --yes -> { yes: true }; a declared default when not given. */
export type Flags = Record<string, string | boolean>;

/** What every command receives: where the project is, its arguments, and where to write. */
export interface CommandContext {
  /** The project root (where package.json and exercises/ are). */
  cwd: string;
  /** Positional arguments after the command name. */
  args: string[];
  flags: Flags;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** One --flag a command takes, as node:util parseArgs reads it, with a line saying what it is for. */
export interface OptionSpec {
  type: "string" | "boolean";
  /** A one-letter form: -y for --yes. */
  short?: string;
  /** The value when the flag is not given. */
  default?: string;
  /** For whoever reads the code; learners read the command's usage text (both languages). */
  description: string;
}

/**
 * What netlab knows of a command without loading its code (commands/<name>/spec.ts): its line in
 * `netlab --help`, its usage, and the --flags it takes (any other is refused before it runs).
 */
export interface CommandSpec {
  /** One line for `netlab --help`, in the current language. */
  summary(): string;
  /** Usage and options, for `netlab help <name>`. */
  usage(): string;
  options: Readonly<Record<string, OptionSpec>>;
}

/** A command's code (commands/<name>/index.ts): a plain async function returning its exit code. */
export type RunCommand = (ctx: CommandContext) => Promise<number>;

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
