import path from "node:path";
import type { Command, CommandContext } from "./command";

/**
 * A command registered by name and loaded from src/cli/commands/<name>/ only when it is used (or
 * listed by --help). Dispatch then costs one command's imports, not every command's: the engine
 * check of `run` and `doctor` answers at once even when another command loads heavy modules.
 */
export function lazyCommand(name: string): Command {
  let loaded: Command | undefined;
  const load = (): Command => {
    if (loaded) return loaded;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exports = require(path.join(__dirname, "commands", name)) as Record<string, unknown>;
    loaded = Object.values(exports).find((value): value is Command => isCommand(value) && value.name === name);
    if (!loaded) throw new Error(`netlab: src/cli/commands/${name} exports no Command named "${name}"`);
    return loaded;
  };
  return {
    name,
    get summary() {
      return load().summary;
    },
    get usage() {
      return load().usage;
    },
    get options() {
      return load().options;
    },
    run: (ctx: CommandContext) => load().run(ctx),
  };
}

function isCommand(value: unknown): value is Command {
  const c = value as Partial<Command> | undefined;
  return typeof c === "object" && c !== null && typeof c.name === "string" && typeof c.run === "function";
}
