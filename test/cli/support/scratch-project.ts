import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** The netlab project these tests belong to. */
export const ROOT = path.resolve(__dirname, "..", "..", "..");

const SKIP = new Set(["node_modules", ".git", ".netlab", "coverage", "tmp"]);

/**
 * A learner's copy of the project in a temporary folder: the files as they are here, node_modules
 * linked. Commands that change exercises/ or .netlab/ (run, watch, reset) work on it, never on the
 * real tree.
 */
export function scratchProject(prefix = "netlab-cli-"): { root: string; remove: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  for (const entry of fs.readdirSync(ROOT)) {
    if (SKIP.has(entry)) continue;
    fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(root, "node_modules"), "dir");
  return { root, remove: () => fs.rmSync(root, { recursive: true, force: true }) };
}

/** Puts the reference solution of one exercise file in place of the learner's stub (a "save"). */
export function solve(root: string, file: string): void {
  fs.writeFileSync(path.join(root, "exercises", file), fs.readFileSync(path.join(root, "solutions", file), "utf8"));
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The environment for a CLI process: English, plain output, and none of jest's own variables. */
export function cliEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NETLAB_LANG: "en", NETLAB_PLAIN: "1", ...extra };
  for (const key of Object.keys(env)) if (key.startsWith("JEST_") || key === "NETLAB_TARGET") delete env[key];
  return env;
}

/** `node bin/netlab.js ARGS` in a project folder, as a learner runs it; resolves when it exits. */
export function netlab(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; input?: string; timeoutMs?: number }): Promise<CliResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(options.cwd, "bin", "netlab.js"), ...args], {
      cwd: options.cwd,
      env: cliEnv(options.env),
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 120_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, ms: Date.now() - started });
    });
    child.stdin.end(options.input ?? "");
  });
}

/**
 * "Says so without hanging", as a bound a loaded machine keeps: twice the CLI's bare start
 * (`netlab --version`: the same node, tsx and CLI start, nothing asked of the engine), plus 2 s. At
 * rest that is about 2.5 s, where these commands take 0.3 s and one that waits out a silent engine's
 * probe 5.4 s. With two selftests at load 40 on 2 cores every start takes some 20 times as long, and
 * a fixed 8 s failed there though nothing waited.
 */
export const noWaitBound = (startMs: number) => 2 * startMs + 2000;

/**
 * Runs a command and `netlab --version` in turns, up to `times` times, until the quickest run of the
 * command is within noWaitBound of the quickest start: a busy machine (other test files start
 * processes at the same moment; two selftests at load 40 slowed one start 3 times more than
 * another) gets more tries, a command that waits fails them all.
 */
export async function quickestWithStart(times: number, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): Promise<{ result: CliResult; startMs: number }> {
  let best: CliResult | undefined;
  let startMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < times; i++) {
    const r = await netlab(args, options);
    if (!best || r.ms < best.ms) best = r;
    startMs = Math.min(startMs, (await netlab(["--version"], options)).ms);
    if (best.ms < noWaitBound(startMs)) break;
  }
  return { result: best as CliResult, startMs };
}
