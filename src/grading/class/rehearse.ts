import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { gradeCommand, mergeCommand } from "../dist/grader-workflow";
import { inPool } from "../../async/in-pool";

export interface RehearsalOptions {
  /** The instructor's project (where bin/netlab.js is). */
  root: string;
  submissions: string[];
  /** N: the submissions are graded as shards 1/N..N/N, each in its own process. */
  shards: number;
  /** shard-1..shard-N and merged/ go here. */
  out: string;
  exercises?: string[];
  extraTests?: string;
  /** Shard processes at the same time (each grades one submission at a time, like a job). */
  parallel?: number;
  /** Extra environment of every process (NETLAB_LANG). */
  env?: NodeJS.ProcessEnv;
}

export interface Step {
  argv: string[];
  code: number;
  ms: number;
  stdout: string;
  stderr: string;
}

export interface Rehearsal {
  shards: Step[];
  merge: Step;
  /** The merged output folder (gradebook.csv, summary.md, a folder per submission). */
  merged: string;
}

/** `node bin/netlab.js ARGV` in the project, as a process of its own. */
export function netlabProcess(root: string, argv: string[], env: NodeJS.ProcessEnv = {}): Promise<Step> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "bin", "netlab.js"), ...argv], { cwd: root, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ argv, code: code ?? 1, ms: Date.now() - started, stdout, stderr }));
  });
}

/**
 * What the grading workflow's jobs do, on this machine: the same `netlab grade` command (the
 * grader workflow's builder) once per shard, each in its own process, a few at a time; then the
 * merge job's `netlab gradebook merge` of their output folders, in shard order.
 */
export async function rehearseClass(options: RehearsalOptions): Promise<Rehearsal> {
  fs.mkdirSync(options.out, { recursive: true });
  const dirs = Array.from({ length: options.shards }, (_, i) => path.join(options.out, `shard-${i + 1}`));
  const shards: Step[] = await inPool(dirs, options.parallel ?? 3, (dir, i) => {
    const argv = gradeCommand(options.submissions, dir, { shard: `${i + 1}/${options.shards}`, exercises: options.exercises, extraTests: options.extraTests, jobs: 1 });
    return netlabProcess(options.root, argv, options.env);
  });
  const merged = path.join(options.out, "merged");
  const merge = await netlabProcess(options.root, mergeCommand(merged, dirs), options.env);
  return { shards, merge, merged };
}
