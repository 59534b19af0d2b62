import path from "node:path";
import fs from "node:fs";
import { NetlabError } from "../errors";
import { t } from "../messages/translate";
import { EXIT, ExitError, type CommandContext, type OptionSpec } from "./command";
import { parseArgv } from "./parse-argv";
import { commands } from "./commands";

/** Flags of netlab itself, taken with any command. */
const GLOBAL_OPTIONS = {
  help: { type: "boolean", short: "h", description: "the command's usage (or the list of commands) instead of running it" },
  version: { type: "boolean", description: "netlab's version" },
} as const satisfies Record<string, OptionSpec>;

/** The project root: the nearest folder upwards with a package.json and an exercises/ folder. */
function findProjectRoot(start: string): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, "package.json")) && fs.existsSync(path.join(dir, "exercises"))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return path.resolve(start);
    dir = parent;
  }
}

export function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    t("cliHelp", { commands: commands.map((c) => `  ${c.name.padEnd(width)}  ${c.spec().summary()}`).join("\n") }),
    "",
    t("cliExitCodes", { ...EXIT }),
  ].join("\n");
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: string[], io: Partial<Pick<CommandContext, "stdout" | "stderr" | "cwd">> = {}): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  // The command is the first word; its flags are known only once it is: the rest is read again with them.
  const global = parseArgv(argv, GLOBAL_OPTIONS);
  if (global.flags.version) {
    stdout(String((JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version));
    return EXIT.ok;
  }
  const [name, topicName] = global.positionals;
  if (!name || name === "help") {
    const topic = commands.find((c) => c.name === topicName);
    stdout(topic ? topic.spec().usage() : helpText());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    stderr(`${t("cliUnknownCommand", { command: name })}\n\n${helpText()}`);
    return EXIT.usage;
  }
  const spec = command.spec();
  // Before the first word there are only flags (all of them switches here), so it is that one.
  const at = argv.indexOf(name);
  const parsed = parseArgv([...argv.slice(0, at), ...argv.slice(at + 1)], { ...spec.options, help: GLOBAL_OPTIONS.help });
  if (parsed.flags.help) {
    stdout(spec.usage());
    return EXIT.ok;
  }
  // A mistyped flag would otherwise be ignored, and the command would do something else than asked.
  const unknown = parsed.unknown[0];
  if (unknown !== undefined) {
    const options = Object.keys(spec.options);
    const suggestion = closest(unknown.replace(/^-+/, ""), options);
    stderr(t("cliUnknownOption", { command: name, option: unknown, options: options.map((o) => `--${o}`).join(", "), suggestion: suggestion ? `--${suggestion}` : "" }));
    return EXIT.usage;
  }
  try {
    return await command.load().run({ cwd: findProjectRoot(io.cwd ?? process.cwd()), args: parsed.positionals, flags: parsed.flags, stdout, stderr });
  } catch (err) {
    if (err instanceof ExitError) {
      (err.code === EXIT.ok ? stdout : stderr)(err.message);
      return err.code;
    }
    if (err instanceof NetlabError) {
      stderr(err.message);
      return err.key === "engineDown" ? EXIT.engine : EXIT.failed;
    }
    stderr(t("cliInternal", { command: name, detail: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
    return EXIT.internal;
  }
}

/** The option a typo most likely meant: a prefix of it, or at most two edits away. */
export function closest(typed: string, options: readonly string[]): string | undefined {
  const prefixed = options.filter((o) => o.startsWith(typed) || typed.startsWith(o));
  if (typed.length >= 2 && prefixed.length === 1) return prefixed[0];
  const ranked = options.map((o) => ({ o, d: editDistance(typed, o) })).sort((a, b) => a.d - b.d);
  return ranked[0] && ranked[0].d <= 2 && ranked[0].d < typed.length ? ranked[0].o : undefined;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length] ?? 0;
}
