/** SIGKILL (or `signal`) to a whole process group: jest and its workers, whatever they are doing. */
export function killGroup(pid: number, signal: NodeJS.Signals = "SIGKILL"): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
