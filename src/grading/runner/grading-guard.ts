import { t } from "../../messages/translate";

/**
 * Loaded into every graded test file (setupFilesAfterEnv): learner code that calls process.exit,
 * process.abort or process.kill gets an error at that line instead of ending the test process, so it
 * costs only the exercise it happens in.
 */
function refuse(call: string): never {
  const err = new Error(t("gradeProcessExit", { call }));
  err.stack = err.message;
  throw err;
}

process.exit = ((code?: unknown) => refuse(`process.exit(${code === undefined ? "" : String(code)})`)) as typeof process.exit;
process.abort = (() => refuse("process.abort()")) as typeof process.abort;

// Signal 0 only asks whether a process exists (the Lab's reaper does); any other signal is refused.
const realKill = process.kill.bind(process);
process.kill = ((pid: number, signal?: string | number) =>
  signal === 0 ? realKill(pid, 0) : refuse(`process.kill(${pid}${signal === undefined ? "" : `, ${JSON.stringify(signal)}`})`)) as typeof process.kill;
