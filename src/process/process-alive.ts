/** Is that process still there? (EPERM: alive, just not ours to signal.) Owners of runs and locks are told apart by it. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}
