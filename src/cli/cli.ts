import path from "node:path";
import fs from "node:fs";
import { NetlabError } from "../errors";
import { EXIT, ExitError, type Command, type CommandContext } from "./command";
import { parseArgs } from "./parse-args";
import { commands } from "./commands";

/** Flags that never take a value. */
const SWITCHES = new Set(["help", "yes", "json", "poll", "version", "no-color", "keep"]);

/** The project root: the nearest folder upwards with a package.json and an exercises/ folder. */
export function findProjectRoot(start: string): string {
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
    "netlab: Docker networking exercises checked on a live engine",
    "",
    "Usage: netlab <command> [arguments] [--flags]",
    "",
    "Commands:",
    ...list.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    "`netlab help <command>` shows a command's options.",
    "",
    "Exit codes:",
    `  ${EXIT.ok}   done: everything checked passed`,
    `  ${EXIT.failed}   checked, and something is not done yet (failing tests), or doctor found a blocking problem`,
    `  ${EXIT.usage}   the command was called wrongly`,
    `  ${EXIT.engine}   the Docker engine is not reachable`,
    `  ${EXIT.internal}  netlab itself failed (a bug: please report it)`,
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
    stderr(`Unknown command "${parsed.command}".\n\n${helpText()}`);
    return EXIT.usage;
  }
  if (parsed.flags.help) {
    stdout(command.usage);
    return EXIT.ok;
  }
  try {
    return await command.run({ cwd: findProjectRoot(io.cwd ?? process.cwd()), args: parsed.args, flags: parsed.flags, stdout, stderr });
  } catch (err) {
    if (err instanceof ExitError) {
      stderr(err.message);
      return err.code;
    }
    if (err instanceof NetlabError) {
      stderr(err.message);
      return err.key === "engineDown" ? EXIT.engine : EXIT.failed;
    }
    stderr(`netlab ${command.name} failed unexpectedly (a bug in netlab): ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    return EXIT.internal;
  }
}
