type Signal = "SIGINT" | "SIGTERM" | "SIGHUP";

interface InterruptOptions {
  /** The signals handled (default: SIGINT and SIGTERM; a jest run's reaper also takes SIGHUP, a closed terminal). */
  signals?: readonly Signal[];
  /** The exit code for the signal (default 130 for any: the CLI's "interrupted"). */
  exitCode?: (signal: NodeJS.Signals) => number;
  /**
   * Once `stop` has settled: end the process with 130 (the default), or not, when `stop` has told the
   * program to end its work itself (watch quits, grade stops its runs, explore ends its wait).
   */
  exit?: boolean;
  /** End with 130 after this long at the latest, whatever `stop` or the program is doing (default: no bound). */
  boundMs?: number;
}

/**
 * The one handler for Ctrl-C (SIGINT) and SIGTERM in netlab: its commands, scripts, the selftest and
 * a jest run's reaper. The first signal
 * calls `stop` at once, in the signal's own turn (so that it runs before a handler hooked later in
 * the same process, such as startLabRun's, ends it); a second one ends the process with 130 at once.
 * Returns a function that removes the handlers (the work finished normally).
 */
export function onInterrupt(stop: (signal: NodeJS.Signals) => unknown, { exit = true, boundMs, signals = ["SIGINT", "SIGTERM"], exitCode = () => 130 }: InterruptOptions = {}): () => void {
  let interrupted = false;
  const handler = (signal: NodeJS.Signals) => {
    if (interrupted) return process.exit(exitCode(signal));
    interrupted = true;
    if (boundMs !== undefined) setTimeout(() => process.exit(exitCode(signal)), boundMs).unref();
    const stopped = new Promise((resolve) => resolve(stop(signal))).catch(() => undefined);
    if (exit) void stopped.finally(() => process.exit(exitCode(signal)));
  };
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
