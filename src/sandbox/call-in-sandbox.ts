import { NotYetDoneError } from "../course/not-yet-done";
import { EXERCISE_TIMEOUT_MS, notCounted } from "../course/run-bounded";
import { NetlabError } from "../errors";
import { Lab } from "../lab/lab";
import { currentRun, labelsFor, realName } from "../lab/run-identity";
import { catalogue } from "../messages/catalogue";
import { t } from "../messages/translate";
import { ensureSandboxImage } from "../runtime/sandbox-image";
import { LabGate } from "./lab-gate";
import { SandboxSession, type Data, type SandboxAnswer, type ThrownData } from "./sandbox-session";
import { readSandboxSources, SANDBOX_ROOT, shownRoot } from "./sources";

let calls = 0;

/**
 * What a stand-in module's exported function does (grading only): the learner's function of the same
 * name runs in a sandbox of its own, its Lab a proxy whose every call comes back here through the
 * gate. The sandbox is one of the Lab's resources (its labels), so the Lab's teardown, the run's
 * cleanup and the reaper remove it like any container, also when the call never ends.
 */
export async function callInSandbox(module: string, exportName: string, args: unknown[]): Promise<unknown> {
  const lab = args.find((a): a is Lab => a instanceof Lab);
  if (!lab) throw new Error(`netlab: ${exportName} was called without a Lab (the course's tests always pass one)`);
  const plain = `_sandbox${++calls}`;
  // Starting the sandbox is the grader's work, not the learner's time (on a busy engine it takes seconds).
  const session = await notCounted(async () => SandboxSession.start(await ensureSandboxImage(), realName(currentRun(), lab.id, plain), labelsFor(currentRun(), lab.id, plain), readSandboxSources(), 30_000));
  try {
    const data = args.map((a): { lab: true } | Data => (a instanceof Lab ? { lab: true } : a === undefined ? { undefined: true } : { json: JSON.stringify(a) }));
    // The exercise's own bound (runBounded) answers first; this one only ends a sandbox nobody waits on.
    const answer = await session.call(module, exportName, data, new LabGate(lab), EXERCISE_TIMEOUT_MS * 2);
    return settle(module, answer);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** A stand-in's exported value: the data the learner's module exported. */
export function standInValue(data: Data): unknown {
  return "undefined" in data ? undefined : JSON.parse(data.json);
}

/** A stand-in of a module that could not load in the sandbox: it fails to load the same way. */
export function standInLoadFailure(module: string, answer: SandboxAnswer): never {
  settle(module, answer);
  throw new Error(`netlab: ${module} exported nothing`);
}

function settle(module: string, answer: SandboxAnswer): unknown {
  const file = `exercises/${module.replace(/\.js$/, ".ts")}`;
  switch (answer.kind) {
    case "returned":
      return standInValue(answer.value);
    case "threw":
      throw rebuild(answer.error);
    case "exit":
      throw bare(t("gradeProcessExit", { call: answer.call }));
    case "ended":
      throw bare(t("sandboxEnded", { exercise: file, code: answer.code }));
    case "blocked":
      throw bare(t("sandboxBlocked", { exercise: file, seconds: answer.seconds }));
    case "timeout":
      throw bare(t("exerciseTimeout", { exercise: file, seconds: Math.round((EXERCISE_TIMEOUT_MS * 2) / 1000) }));
    case "described":
      return undefined;
  }
}

/** The learner's error as it was thrown in the sandbox: its class's name, message, and their frames. */
function rebuild(error: ThrownData): Error {
  if (error.notYetDone !== undefined) return new NotYetDoneError(error.notYetDone);
  const key = error.netlab?.key;
  if (key && key in catalogue) return new NetlabError(key as keyof typeof catalogue, error.netlab?.params as never);
  const err = new Error(error.message ?? "");
  err.name = error.name ?? "Error";
  // Frames in the sandbox's copy of the files read as the staged exercise files.
  err.stack = (error.stack ?? `${err.name}: ${err.message}`).split(`${SANDBOX_ROOT}/`).join(`${shownRoot()}/`);
  return err;
}

function bare(message: string): Error {
  const err = new Error(message);
  err.stack = message;
  return err;
}
