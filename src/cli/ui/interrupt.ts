interface InterruptOptions {
  /**
   * Once `stop` has settled: end the process with 130 (the default), or not, when `stop` has told the
   * program to end its work itself (watch quits, grade stops its runs, explore ends its wait).
   */
  exit?: boolean;
  /** End with 130 after this long at the latest, whatever `stop` or the program is doing (default: no bound). */
  boundMs?: number;
}

/**
 * The one handler for Ctrl-C (SIGINT) and SIGTERM in netlab's commands and scripts. The first signal
 * calls `stop` at once, in the signal's own turn (so that it runs before a handler hooked later in
 * the same process, such as startLabRun's, ends it); a second one ends the process with 130 at once.
 * Returns a function that removes the handlers (the work finished normally).
 */
export function onInterrupt(stop: (signal: NodeJS.Signals) => unknown, { exit = true, boundMs }: InterruptOptions = {}): () => void {
  let interrupted = false;
  const handler = (signal: NodeJS.Signals) => {
    if (interrupted) return process.exit(130);
    interrupted = true;
    if (boundMs !== undefined) setTimeout(() => process.exit(130), boundMs).unref();
    const stopped = new Promise((resolve) => resolve(stop(signal))).catch(() => undefined);
    if (exit) void stopped.finally(() => process.exit(130));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
