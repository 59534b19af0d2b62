import path from "node:path";
import fs from "node:fs";
import { NetlabError } from "../errors";
import { t } from "../messages/translate";
import { EXIT, ExitError, type Command, type CommandContext } from "./command";
import { parseArgs } from "./parse-args";
import { commands } from "./commands";

/** Flags that never take a value. */
const SWITCHES = new Set(["help", "yes", "json", "poll", "version", "keep", "all", "once", "mine", "dry-run", "image"]);

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

export function helpText(list: Command[] = commands): string {
  const width = Math.max(...list.map((c) => c.name.length));
  return [
    t("cliHelp", { commands: list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n") }),
    "",
    t("cliExitCodes", { ...EXIT }),
  ].join("\n");
}

/** Runs one CLI invocation and returns its exit code; never throws. */
export async function main(argv: string[], io: Partial<Pick<CommandContext, "stdout" | "stderr" | "cwd">> = {}): Promise<number> {
  const stdout = io.stdout ?? ((text: string) => process.stdout.write(`${text}\n`));
  const stderr = io.stderr ?? ((text: string) => process.stderr.write(`${text}\n`));
  const parsed = parseArgs(argv, SWITCHES);
  if (parsed.flags.version) {
    stdout(String((JSON.parse(fs.readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version));
    return EXIT.ok;
  }
  if (!parsed.command || parsed.command === "help") {
    const topic = commands.find((c) => c.name === parsed.args[0]);
    stdout(topic ? topic.usage : helpText());
    return EXIT.ok;
  }
  const command = commands.find((c) => c.name === parsed.command);
  if (!command) {
    stderr(`${t("cliUnknownCommand", { command: parsed.command })}\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (parsed.flags.help) {
    stdout(command.usage);
    return EXIT.ok;
  }
  // A mistyped flag would otherwise be ignored, and the command would do something else than asked.
  const unknown = Object.keys(parsed.flags).find((flag) => !command.options.includes(flag));
  if (unknown !== undefined) {
    const dashed = (flag: string) => (flag.startsWith("-") ? flag : `--${flag}`);
    const suggestion = closest(unknown.replace(/^-+/, ""), command.options);
    stderr(t("cliUnknownOption", { command: command.name, option: dashed(unknown), options: command.options.map(dashed).join(", "), suggestion: suggestion ? dashed(suggestion) : "" }));
    return EXIT.usage;
  }
  try {
    return await command.run({ cwd: findProjectRoot(io.cwd ?? process.cwd()), args: parsed.args, flags: parsed.flags, stdout, stderr });
  } catch (err) {
    if (err instanceof ExitError) {
      (err.code === EXIT.ok ? stdout : stderr)(err.message);
      return err.code;
    }
    if (err instanceof NetlabError) {
      stderr(err.message);
      return err.key === "engineDown" ? EXIT.engine : EXIT.failed;
    }
    stderr(t("cliInternal", { command: command.name, detail: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
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
