import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** What one spawned command did: exit code, wall time, output, and the peak memory of its process tree. */
export interface TimedRun {
  code: number;
  ms: number;
  output: string;
  /** Peak of the summed RSS of the process and all its descendants, sampled from /proc (MiB). */
  peakRssMiB: number;
  /** When the output first matched `mark` (ms from the start), if it did. */
  markMs?: number;
  /** CPU time (user + system) of the command and the children it waited for, from /usr/bin/time. */
  cpuMs?: number;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Sample the process tree's RSS every this many ms (0: no sampling). */
  sampleMs?: number;
  /** Note when the output first matches this (a verdict line printed before the process ends). */
  mark?: RegExp;
  /** Measure its CPU time through /usr/bin/time, where there is one. */
  cpu?: boolean;
}

const TIME = "/usr/bin/time";

const children = new Set<ChildProcess>();

/** Variables of the bench's own netlab run, which a child must not inherit (it starts its own run). */
const RUN_VARIABLES = ["NETLAB_RUN_ID", "NETLAB_RUN_PID", "NETLAB_RESOLVED_IMAGE"];

/** The environment for a child: the bench's, minus its run, plus `extra`. */
export function childEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  for (const name of RUN_VARIABLES) delete env[name];
  return env;
}

/** Runs a command to its end, timing it (wall clock) and, if asked, sampling its tree's memory. */
export function runTimed(command: string, args: string[], options: RunOptions): Promise<TimedRun> {
  const started = performance.now();
  const cpuFile = options.cpu && fs.existsSync(TIME) ? path.join(os.tmpdir(), `netlab-bench-cpu-${process.pid}-${children.size}-${Date.now()}`) : undefined;
  const argv = cpuFile ? [TIME, "-o", cpuFile, "-f", "%U %S", command, ...args] : [command, ...args];
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: options.cwd, env: options.env ?? childEnv(), stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let output = "";
    let peak = 0;
    let markMs: number | undefined;
    const seen = (d: Buffer) => {
      output += d.toString();
      if (markMs === undefined && options.mark?.test(output)) markMs = performance.now() - started;
    };
    const sampler =
      options.sampleMs && child.pid !== undefined
        ? setInterval(() => {
            peak = Math.max(peak, treeRssBytes(child.pid as number));
          }, options.sampleMs)
        : undefined;
    child.stdout?.on("data", seen);
    child.stderr?.on("data", seen);
    const finish = (code: number) => {
      if (sampler) clearInterval(sampler);
      children.delete(child);
      resolve({ code, ms: performance.now() - started, output, peakRssMiB: peak / 2 ** 20, markMs, cpuMs: cpuFile ? readCpu(cpuFile) : undefined });
    };
    child.on("close", (code) => finish(code ?? 1));
    child.on("error", (err) => {
      output += `\n${err.message}`;
      finish(1);
    });
  });
}

function readCpu(file: string): number | undefined {
  try {
    const [user, system] = fs.readFileSync(file, "utf8").trim().split("\n").pop()?.split(" ").map(Number) ?? [];
    return user !== undefined && system !== undefined && Number.isFinite(user + system) ? (user + system) * 1000 : undefined;
  } catch {
    return undefined;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * Passes a signal on to every command still running, and to the commands' own children (GNU time
 * ignores SIGINT while it waits): each jest run then reaps its own resources.
 */
export function signalChildren(signal: NodeJS.Signals): void {
  for (const child of children) {
    if (child.pid === undefined) continue;
    for (const pid of childrenOf(child.pid)) {
      try {
        process.kill(pid, signal);
      } catch {
        // already gone
      }
    }
    child.kill(signal);
  }
}

/** The direct children of a process, from /proc. */
function childrenOf(pid: number): number[] {
  try {
    return fs
      .readdirSync("/proc")
      .filter((e) => /^\d+$/.test(e))
      .map(Number)
      .filter((p) => parentOf(p) === pid);
  } catch {
    return [];
  }
}

/** Summed resident memory of a process and all its descendants, read from /proc (0 where there is no /proc). */
function treeRssBytes(root: number): number {
  let entries: string[];
  try {
    entries = fs.readdirSync("/proc").filter((e) => /^\d+$/.test(e));
  } catch {
    return 0;
  }
  const kids = new Map<number, number[]>();
  for (const entry of entries) {
    const ppid = parentOf(Number(entry));
    if (ppid === undefined) continue;
    kids.set(ppid, [...(kids.get(ppid) ?? []), Number(entry)]);
  }
  let total = 0;
  const queue = [root];
  for (let pid = queue.pop(); pid !== undefined; pid = queue.pop()) {
    total += rssOf(pid);
    queue.push(...(kids.get(pid) ?? []));
  }
  return total;
}

function parentOf(pid: number): number | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ")".
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return undefined;
  }
}

function rssOf(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return kb ? Number(kb[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** The median of some numbers (NaN for none). */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
