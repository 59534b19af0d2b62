import { AsyncLocalStorage } from "node:async_hooks";
import { types } from "node:util";
import { learnerFrames as framesOf } from "../jest-run/failure-text";
import { keyed, render, type FailureFacts } from "../messages/facts";
import { t } from "../messages/translate";
import { NetlabError } from "../errors";
import { NotYetDoneError } from "./not-yet-done";

/** Learner code gets this long; the Lab's own calls take well under a second each. */
export const EXERCISE_TIMEOUT_MS = Number(process.env.NETLAB_EXERCISE_TIMEOUT_MS ?? 30_000);

/** How a learner's exercise code ended. */
export type Outcome<T> =
  | { status: "done"; value: T; ms: number }
  /** `facts`: the message as data (its key and parameters), which the hints read after jest. */
  | { status: "not-done" | "threw" | "timeout"; message: string; facts: FailureFacts; cause?: unknown; ms: number };

/** The bound of the learner code now running: netlab's own work inside it moves its deadline. */
interface Bound {
  /** Milliseconds of netlab's own work so far, not counted against the learner. */
  excusedMs: number;
  /** netlab's own work in flight: the bound does not end while it runs. */
  inFlight: number;
}
const bounds = new AsyncLocalStorage<Bound>();

/**
 * Work netlab does on the learner's behalf inside a bounded call (starting the grading sandbox):
 * its time is not the learner's, so a busy engine does not turn a blocked loop's or a slow
 * exercise's own message into "did not finish".
 */
export async function notCounted<T>(work: () => Promise<T>): Promise<T> {
  const bound = bounds.getStore();
  const started = Date.now();
  if (bound) bound.inFlight++;
  try {
    return await work();
  } finally {
    if (bound) {
      bound.inFlight--;
      bound.excusedMs += Date.now() - started;
    }
  }
}

/**
 * Runs learner code with a bound. Whatever it does (throws, never resolves, loops on await), the
 * caller gets an Outcome within timeoutMs (plus netlab's own work in it, see notCounted) with a
 * message that says what happened.
 */
export async function runBounded<T>(exercise: string, code: () => Promise<T> | T, timeoutMs: number): Promise<Outcome<T>> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  const bound: Bound = { excusedMs: 0, inFlight: 0 };
  // Not withTimeout: this deadline moves by the time netlab's own calls take (notCounted), so it is
  // checked again and again rather than set once.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    const check = () => {
      // While netlab works (its own bounds hold it), look again soon; then the deadline moves by that time.
      const left = bound.inFlight > 0 ? Math.min(timeoutMs, 200) : started + timeoutMs + bound.excusedMs - Date.now();
      if (left <= 0) resolve("timeout");
      else timer = setTimeout(check, left);
    };
    timer = setTimeout(check, timeoutMs);
  });
  try {
    const work = bounds.run(bound, () => Promise.resolve().then(code));
    // If the bound wins, the learner's promise may still reject later: nobody awaits it then.
    work.catch(() => undefined);
    const value = await Promise.race([work, timeout]);
    if (value === "timeout") {
      const timedOut = keyed("exerciseTimeout", { exercise, seconds: Math.round(timeoutMs / 1000) });
      return { status: "timeout", message: render(timedOut), facts: { message: timedOut }, ms: ms() };
    }
    return { status: "done", value, ms: ms() };
  } catch (err) {
    if (err instanceof NotYetDoneError) return { status: "not-done", message: err.message, facts: err.facts, ms: ms() };
    // A Lab error already teaches (no such container, subnet clash): pass it on as it is.
    if (err instanceof NetlabError) return { status: "threw", message: err.message, facts: err.facts, cause: err, ms: ms() };
    // The kind of error after its text, not as a class prefix in front of it: "x is not a function (TypeError)".
    // isNativeError: an engine error may come from another realm (load-testcontainers.ts).
    const error = types.isNativeError(err) ? `${err.message} (${err.name})` : String(err);
    const frames = learnerFrames(err);
    const where = frames ? `\n${t("exerciseThrewWhere", { frames })}` : "";
    const threw = keyed("exerciseThrew", { exercise, error });
    return { status: "threw", message: `${render(threw)}${where}`, facts: { message: threw }, cause: err, ms: ms() };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The stack frames of a thrown error that are in the learner's code (not netlab's, not a package's,
 * not node's), at most three, paths relative to the project: where to look. The failure message
 * replaces jest's stack, which would mostly show netlab's internals. The filter is the one every
 * reader of a failure uses (src/jest-run/failure-text.js).
 */
export function learnerFrames(err: unknown, cwd = process.cwd()): string {
  const stack = types.isNativeError(err) ? (err.stack ?? "") : "";
  return framesOf(stack, { cwd })
    .map((frame) => `  ${frame}`)
    .join("\n");
}
