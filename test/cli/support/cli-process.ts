import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { cliEnv } from "./scratch-project";
import { CHECK_TIMEOUT_MS } from "../../../src/cli/check/check-exercise";

/**
 * How long a test waits for a line that comes after a check: the check's own bound (past it the
 * check says so itself, and that line fails the test with its reason) plus room for jest's start.
 * Not a speed target: on a loaded machine a check is slow, and says what it waits for meanwhile.
 */
export const AFTER_CHECK_MS = CHECK_TIMEOUT_MS + 30_000;

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
