import { parseArgs } from "node:util";
import type { Flags, OptionSpec } from "./command";

interface ParsedArgv {
  positionals: string[];
  flags: Flags;
  /** Flags not among the options, as typed (--jsn, -x), in order: the caller refuses them by name. */
  unknown: string[];
}

/**
 * argv -> positionals and --flags, by node:util parseArgs against the options a command declares:
 * --key value, --key=value, switches, short forms (-y, -hy), and `--` ending the flags. Not strict:
 * an unknown flag is returned, for netlab's own refusal (with a guess), not thrown as parseArgs' error.
 */
export function parseArgv(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgv {
  const parsed = readTokens(argv, options);
  for (const [name, option] of Object.entries(options)) if (option.default !== undefined && !(name in parsed.flags)) parsed.flags[name] = option.default;
  return parsed;
}

function readTokens(argv: readonly string[], options: Readonly<Record<string, OptionSpec>>): ParsedArgv {
  const { tokens } = parseArgs({ args: [...argv], options, strict: false, allowPositionals: true, tokens: true });
  const parsed: ParsedArgv = { positionals: [], flags: {}, unknown: [] };
  for (const token of tokens) {
    if (token.kind === "positional") parsed.positionals.push(token.value);
    if (token.kind !== "option") continue;
    if (!Object.hasOwn(options, token.name)) {
      parsed.unknown.push(token.rawName);
    } else if (token.inlineValue === false && token.value?.startsWith("-")) {
      // `--out --jobs 2`: parseArgs would take "--jobs" for the folder. --out has no value (the command
      // says it needs one, as for a last `--out`), and what follows is read again from "--jobs" on.
      parsed.flags[token.name] = true;
      const rest = readTokens(argv.slice(token.index + 1), options);
      return { positionals: [...parsed.positionals, ...rest.positionals], flags: { ...parsed.flags, ...rest.flags }, unknown: [...parsed.unknown, ...rest.unknown] };
    } else {
      parsed.flags[token.name] = token.value ?? true;
    }
  }
  return parsed;
}
