/**
 * On Ctrl-C (SIGINT) or SIGTERM: run the cleanup once, with a bound, then end with 130. A second
 * Ctrl-C ends at once. Returns a function that removes the handlers (the work finished normally).
 */
export function onInterrupt(cleanup: () => Promise<unknown> | unknown, boundMs = 10_000): () => void {
  let interrupted = false;
  const handler = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    const bound = setTimeout(() => process.exit(130), boundMs);
    bound.unref();
    Promise.resolve()
      .then(cleanup)
      .catch(() => undefined)
      .finally(() => process.exit(130));
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  return () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
}
