// What the negative-probe measurements share: workers, the errors they met, percentiles, the load, the drills' first step.
import os from "node:os";

export const log = (line: string) => process.stderr.write(`${line}\n`);

/** Probes that threw (an exec the engine did not finish in time, under load): counted and named, not fatal. */
const errors: string[] = [];

/** Runs `count` jobs, `concurrency` at a time, in order of their index within each worker. */
export async function inWorkers<T>(count: number, concurrency: number, job: (worker: number) => Promise<T>): Promise<T[][]> {
  let started = 0;
  let done = 0;
  const workers = Array.from({ length: concurrency }, async (_, w) => {
    const mine: T[] = [];
    while (started < count) {
      started++;
      await job(w).then(
        (result) => mine.push(result),
        (err: unknown) => errors.push(err instanceof Error ? err.message.split("\n")[0] : String(err)),
      );
      if (++done % 100 === 0) log(`  ${done}/${count}`);
    }
    return mine;
  });
  return Promise.all(workers);
}

/** The errors since the last call, as a line (empty when there were none). */
export function takeErrors(): string[] {
  const taken = errors.splice(0);
  return taken.length === 0 ? [] : [`  probes that threw (not counted above): ${taken.length}; the first: ${taken[0]}`];
}

export function percentiles(values: number[]): string {
  if (values.length === 0) return "none";
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const f = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
  return `p50 ${f(at(50))}, p99 ${f(at(99))}, max ${f(sorted[sorted.length - 1])}`;
}

/** The load average's highest one-minute figure while the work ran. */
export async function withLoad<T>(work: () => Promise<T>): Promise<{ value: T; loadMax: number }> {
  let loadMax = os.loadavg()[0];
  const timer = setInterval(() => (loadMax = Math.max(loadMax, os.loadavg()[0])), 2000);
  try {
    return { value: await work(), loadMax };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The drills' first step, in a second exec beside a short probe: find the probe's target ping ($1 is
 * its target, as on its command line) once it has a socket, as $p; "drill=missed" if it never shows.
 */
export const FIND_TARGET_PING = [
  "for _ in $(seq 100); do",
  '  for d in /proc/[0-9]*; do case "$(tr "\\0" " " <$d/cmdline 2>/dev/null)" in *"ping -c 1 -W 1 $1 ") p=${d#/proc/} ;; esac; done',
  '  [ -n "$p" ] && ls -l /proc/$p/fd 2>/dev/null | grep -q socket && break; p=; sleep 0.01',
  "done",
  '[ -n "$p" ] || { echo "drill=missed"; exit 0; }',
];
