import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { cliEnv } from "./scratch-project";

/**
 * How long a test waits for a line that comes after a check. Not a speed target (scripts/measure-watch.ts
 * measures that at rest): a check is bounded by itself, on silence (CHECK_STALL_MS), and on a
 * loaded machine it is slow but moving and says what it waits for. Two selftests at once on 2 cores
 * (load average 48) took a first check 86 s. A check the product stopped fails the wait at once (failOn).
 */
export const AFTER_CHECK_MS = 5 * 60_000;

/** The lines that end a check without a verdict: a wait for anything else fails on them at once. */
const CHECK_STOPPED = /^✗ The check of \S+ made no progress|^✗ 对 \S+ 的检查在 \d+ 秒内没有任何进展/;

/** A long-running `netlab` command (watch, explore) whose output is read line by line as it comes. */
export class CliProcess {
  readonly lines: Array<{ text: string; at: number }> = [];
  readonly exited: Promise<number | null>;
  private readonly child: ChildProcessWithoutNullStreams;
  private partial = "";

  constructor(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
    this.child = spawn(process.execPath, [path.join(options.cwd, "bin", "netlab.js"), ...args], { cwd: options.cwd, env: cliEnv(options.env), stdio: "pipe" });
    const take = (d: Buffer) => {
      const parts = (this.partial + d.toString()).split("\n");
      this.partial = parts.pop() ?? "";
      for (const text of parts) this.lines.push({ text, at: Date.now() });
    };
    this.child.stdout.on("data", take);
    this.child.stderr.on("data", take);
    this.exited = new Promise((resolve) => this.child.once("close", (code) => resolve(code)));
  }

  /** The command's process id (its children are its jest runs). */
  get pid(): number | undefined {
    return this.child.pid;
  }

  get output(): string {
    return [...this.lines.map((l) => l.text), this.partial].join("\n");
  }

  /** The first line from index `after` on that matches, once it is there. */
  async waitFor(pattern: RegExp, after = 0, timeoutMs = 60_000): Promise<{ text: string; at: number; index: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.lines.findIndex((l, i) => i >= after && pattern.test(l.text));
      const line = this.lines[index];
      if (line) return { ...line, index };
      const stopped = this.lines.find((l, i) => i >= after && CHECK_STOPPED.test(l.text));
      if (stopped) throw new Error(`the check was stopped before a line matching ${pattern}; output so far:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`no line matching ${pattern} within ${timeoutMs / 1000}s; output so far:\n${this.output}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Sends a signal (SIGINT is Ctrl-C) and waits for the exit code. */
  async stop(signal: NodeJS.Signals = "SIGINT", timeoutMs = 20_000): Promise<number | null> {
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }
}
