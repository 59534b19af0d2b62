/** Short forms: -h is --help, -y is --yes. Any other -x is kept as "-x", so that it is refused by name. */
const SHORT: Record<string, string> = { h: "help", y: "yes" };

/** argv -> command name, positionals and --flags (--key value, --key=value, --switch, -h, -y). */
export function parseArgs(argv: string[], switches: ReadonlySet<string>): { command?: string; args: string[]; flags: Record<string, string | boolean> } {
  const args: string[] = [];
  const flags: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const [key = "", inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (inline !== undefined) flags[key] = inline;
      else if (switches.has(key) || i + 1 >= argv.length || (argv[i + 1] ?? "").startsWith("-")) flags[key] = true;
      else flags[key] = argv[++i] ?? "";
    } else if (/^-[A-Za-z]$/.test(arg)) {
      flags[SHORT[arg.slice(1)] ?? arg] = true;
    } else {
      args.push(arg);
    }
  }
  const [command, ...rest] = args;
  return { command, args: rest, flags };
}
