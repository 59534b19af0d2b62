/**
 * What the two short negative probes (quick-ping.ts for an address, quick-lookup.ts for a name)
 * share: the script's exec, its marker lines and the container's clock. Each script runs its
 * target beside a control, both started at one moment, reads /proc/uptime (10 ms steps) at the
 * start and at each end, and ends each stream with a marker line: `netlab-<which> exit=N start=S end=E`.
 */
import { NetlabError } from "../errors";
import type { LabContainer } from "../lab/lab-container";
import type { ExecResult } from "../runtime/exec";

const MARKER = /^netlab-(control|target) exit=(\d+) start=([\d.]*) end=([\d.]*)$/m;

/** A /proc/uptime reading may be up to one step early: counted against silence. */
const CLOCK_STEP_MS = 10;

export interface Marked {
  /** The stream without its marker line. */
  output: string;
  exitCode: number;
  start?: string;
  /** When it ended, ms after the script started. */
  endMs?: number;
}

/** The stream's output and its marker; undefined when the script did not run to its end (no ping on PATH, no sh, an exec that failed). */
export function readMarked(text: string, which: "control" | "target"): Marked | undefined {
  const marker = MARKER.exec(text);
  if (!marker || marker[1] !== which) return undefined;
  return { output: text.replace(MARKER, "").trim(), exitCode: Number(marker[2]), start: marker[3], endMs: since(marker[3], marker[4]) };
}

/** ms between two /proc/uptime readings (undefined when either is missing). */
export function since(start: string | undefined, reading: string | undefined): number | undefined {
  return start && reading ? Math.round((Number(reading) - Number(start)) * 1000) : undefined;
}

/** The target was interrupted no earlier than the bound: a `sleep` that took no fractions would end the wait at once. */
export function waitedTheBound(interruptMs: number | undefined, boundMs: number): boolean {
  return interruptMs !== undefined && interruptMs + CLOCK_STEP_MS >= boundMs;
}

/** The control ended within half the bound, the clock's step counted against it. */
export function inHalfTheBound(endMs: number | undefined, boundMs: number): boolean {
  return endMs !== undefined && endMs + CLOCK_STEP_MS <= boundMs / 2;
}

/** The bound as `sleep` takes it: seconds, to the ms. */
export function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/**
 * The script's exec, bounded at the bound plus 5 s: the script ends within about a second, and an exec
 * still out after that is an engine too loaded to tell (seen at load 40). Undefined then, so that
 * the verdict is unsure and the plain probe runs (a timeout there says so in its own words).
 */
export async function execScript(from: LabContainer, argv: string[], boundMs: number): Promise<ExecResult | undefined> {
  return from.exec(argv, boundMs + 5000).catch((err: unknown) => {
    if (err instanceof NetlabError && err.key === "execTimeout") return undefined;
    throw err;
  });
}
