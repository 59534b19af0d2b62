import path from "node:path";
import { t } from "../messages/translate";
import { NetlabError } from "../errors";
import { NotYetDoneError } from "./not-yet-done";

/** Learner code gets this long; the Lab's own calls take well under a second each. */
export const EXERCISE_TIMEOUT_MS = Number(process.env.NETLAB_EXERCISE_TIMEOUT_MS ?? 30_000);

/** How a learner's exercise code ended. */
export type Outcome<T> =
  | { status: "done"; value: T; ms: number }
  | { status: "not-done" | "threw" | "timeout"; message: string; cause?: unknown; ms: number };

/**
 * Runs learner code with a bound. Whatever it does (throws, never resolves, loops on await), the
 * caller gets an Outcome within timeoutMs with a message that says what happened.
 */
export async function runBounded<T>(exercise: string, code: () => Promise<T> | T, timeoutMs: number): Promise<Outcome<T>> {
  const started = Date.now();
  const ms = () => Date.now() - started;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const work = Promise.resolve().then(code);
    // If the bound wins, the learner's promise may still reject later: nobody awaits it then.
    work.catch(() => undefined);
    const value = await Promise.race([work, timeout]);
    if (value === "timeout") {
      return { status: "timeout", message: t("exerciseTimeout", { exercise, seconds: Math.round(timeoutMs / 1000) }), ms: ms() };
    }
    return { status: "done", value, ms: ms() };
  } catch (err) {
    if (err instanceof NotYetDoneError) return { status: "not-done", message: err.message, ms: ms() };
    // A Lab error already teaches (no such container, subnet clash): pass it on as it is.
    if (err instanceof NetlabError) return { status: "threw", message: err.message, cause: err, ms: ms() };
    // The kind of error after its text, not as a class prefix in front of it: "x is not a function (TypeError)".
    const error = err instanceof Error ? `${err.message} (${err.name})` : String(err);
    const frames = learnerFrames(err);
    const where = frames ? `\n${t("exerciseThrewWhere", { frames })}` : "";
    return { status: "threw", message: `${t("exerciseThrew", { exercise, error })}${where}`, cause: err, ms: ms() };
  } finally {
    clearTimeout(timer);
  }
}

/** netlab's own code: frames in here are not where the learner's mistake is. */
const NETLAB_SRC = path.resolve(__dirname, "..");

/**
 * The stack frames of a thrown error that are in the learner's code (not netlab's, not a package's,
 * not node's), at most three, paths relative to the project: where to look. The failure message
 * replaces jest's stack, which would mostly show netlab's internals.
 */
export function learnerFrames(err: unknown, cwd = process.cwd()): string {
  const stack = err instanceof Error ? (err.stack ?? "") : "";
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line) && !line.includes(`${NETLAB_SRC}${path.sep}`) && !line.includes("node_modules") && !/\(node:|at node:/.test(line) && /\.[cm]?[jt]s:\d+/.test(line))
    .slice(0, 3)
    .map((line) => `  ${line.trim().split(`${cwd}${path.sep}`).join("")}`)
    .join("\n");
}
