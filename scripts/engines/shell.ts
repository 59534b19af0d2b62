import { spawn } from "node:child_process";

export interface Finished {
  code: number;
  output: string;
  ms: number;
  timedOut: boolean;
}

export interface ShellOptions {
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Killed (SIGTERM, then SIGKILL 10 s later) when it runs longer than this. */
  timeoutMs: number;
  /** Each line of output that should be shown as progress, already prefixed. */
  onLine?: (line: string) => void;
}

/** Runs a command to its end or its bound, keeping its output (stdout and stderr, interleaved). */
export function run(command: string, args: string[], options: ShellOptions): Promise<Finished> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    let partial = "";
    let timedOut = false;
    const seen = (d: Buffer) => {
      const text = d.toString();
      output += text;
      if (!options.onLine) return;
      const lines = (partial + text).split("\n");
      partial = lines.pop() ?? "";
      for (const line of lines) options.onLine(line);
    };
    child.stdout.on("data", seen);
    child.stderr.on("data", seen);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
    }, options.timeoutMs);
    const finish = (code: number) => {
      clearTimeout(timer);
      if (partial && options.onLine) options.onLine(partial);
      resolve({ code, output, ms: performance.now() - started, timedOut });
    };
    child.on("close", (code) => finish(code ?? 1));
    child.on("error", (err) => {
      output += `\n${err.message}`;
      finish(1);
    });
  });
}

export const log = (line: string) => process.stderr.write(`${line}\n`);

export const seconds = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
