/**
 * Reads a state again until it holds or the bound is up (a container exiting, a veth going away):
 * returns the last reading either way, for the assertion and its message to show.
 */
export async function eventually<T>(read: () => Promise<T>, holds: (value: T) => boolean, timeoutMs = 3000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!holds(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    value = await read();
  }
  return value;
}
