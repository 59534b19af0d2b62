import { Worker } from "node:worker_threads";

export interface LoopGuardOptions {
  /** How long the event loop may stay blocked before the process is stopped. */
  afterMs: number;
  /** Written to stderr (fd 2, directly: the blocked thread cannot write) before the stop. */
  message: string;
  /** A line to append to a file before the stop (the run's events file: the message as data). */
  record?: { file: string; line: string };
  /** A command to start, detached, before the stop: the cleanup the blocked process cannot do. */
  cleanup?: { command: string; args: string[]; env?: NodeJS.ProcessEnv };
}

/**
 * Stops this process when its event loop stays blocked for `afterMs`: a learner's `for (;;) {}`
 * blocks every timer, so neither the exercise's time limit nor jest's, nor a Ctrl-C handler, can
 * ever run, and the test would hang for good. A worker thread has its own event loop: it watches a
 * heartbeat the main thread writes into shared memory, and when the beat stops it says why, starts
 * the cleanup, and kills the process (SIGKILL: nothing else reaches a blocked thread). Returns a
 * function that disarms the guard. Neither the thread nor the beat keeps the process alive.
 */
export function guardEventLoop(options: LoopGuardOptions): () => void {
  const beat = new Int32Array(new SharedArrayBuffer(4));
  const started = Date.now();
  const tick = () => Atomics.store(beat, 0, Date.now() - started);
  tick();
  const heart = setInterval(tick, 250);
  heart.unref();
  const thread = new Worker(THREAD, { eval: true, workerData: { beat, started, ...options } });
  thread.unref();
  return () => {
    clearInterval(heart);
    void thread.terminate();
  };
}

// Plain JS, run by the worker thread outside any test framework.
const THREAD = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { spawn } = require("node:child_process");
const { beat, started, afterMs, message, record, cleanup } = workerData;
setInterval(() => {
  const blockedMs = Date.now() - started - Atomics.load(beat, 0);
  if (blockedMs < afterMs) return;
  if (record) {
    try { fs.appendFileSync(record.file, record.line + "\\n"); } catch {}
  }
  try { fs.writeSync(2, "\\n" + message + "\\n"); } catch {}
  if (cleanup) {
    try { spawn(process.execPath, [cleanup.command, ...cleanup.args], { detached: true, stdio: "ignore", env: cleanup.env }).unref(); } catch {}
  }
  process.kill(process.pid, "SIGKILL");
}, Math.min(500, Math.max(50, Math.floor(afterMs / 4))));
`;
