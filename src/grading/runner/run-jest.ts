import { removeRunLeftovers } from "../../lab/teardown";
import type { FileResult } from "../../jest-run/events";
import { startJest } from "../../jest-run/start-jest";
import { overdueFiles, type FileClock } from "./file-deadlines";
import { trackRun, untrackRun } from "./stop-signal";

export interface JestRunRequest {
  /** The instructor's project: jest runs from here, with its node_modules. */
  root: string;
  configFile: string;
  eventsFile: string;
  files: string[];
  env: NodeJS.ProcessEnv;
  /**
   * A test file whose tests run longer than this is stopped: its process tree is killed. The time
   * counts from when its tests begin; loading the file is bounded apart (file-deadlines.ts).
   */
  fileTimeoutMs: number;
  /** From spawning jest to its first test file (jest's start, global setup). */
  startTimeoutMs: number;
}

export interface JestRunOutcome {
  reports: Map<string, FileResult>;
  /** Files that ran past fileTimeoutMs. */
  timedOut: string[];
  /** Files that started but never reported (the run was killed, or its process ended). */
  unfinished: string[];
  /** True when the grader killed the run (a timeout); false when jest ended by itself. */
  killed: boolean;
  startedAny: boolean;
  exitCode: number | null;
  /** jest's own output, capped (for the instructor when the grader itself fails). */
  output: string;
  pid?: number;
  runId?: string;
  ms: number;
}

const POLL_MS = 200;
const GRACE_MS = 3000;
const END_TIMEOUT_MS = 60_000;

/**
 * Runs jest once over some test files, watching its events: a file that runs past its deadline (a
 * synchronous endless loop blocks a worker for good) gets the whole process group killed.
 * Afterwards everything the run made on the engine is removed by its labels.
 */
export async function runJest(request: JestRunRequest): Promise<JestRunOutcome> {
  const started = Date.now();
  const clocks = new Map<string, FileClock>();
  const reports = new Map<string, FileResult>();
  let runId: string | undefined;
  const run = startJest({
    root: request.root,
    args: ["--config", request.configFile, "--ci", "--silent", "--forceExit", "--runTestsByPath", ...request.files],
    env: request.env,
    eventsFile: request.eventsFile,
    group: true,
    pollMs: POLL_MS,
    onEvent: (event) => {
      if (event.type === "run") runId = event.runId;
      else if (event.type === "fileStart") clocks.set(event.file, { startedAt: event.at, done: false });
      else if (event.type === "testsBegin") {
        const clock = clocks.get(event.file);
        if (clock) clock.readyAt = event.at;
      } else if (event.type === "fileDone") {
        reports.set(event.file, { file: event.file, execError: event.execError, tests: event.tests });
        const clock = clocks.get(event.file);
        if (clock) clock.done = true;
      }
    },
  });
  const pid = run.pid;
  if (pid !== undefined) trackRun(pid);
  const timedOut: string[] = [];
  let killed = false;
  let allReportedAt: number | undefined;
  const timer = setInterval(() => {
    if (killed) return;
    const now = Date.now();
    // Files within a moment of their own deadline go with the one that passed it (the same loop
    // imported by two test files), instead of running a whole timeout again.
    if (overdueFiles(clocks, now, request.fileTimeoutMs).length > 0) timedOut.push(...overdueFiles(clocks, now, request.fileTimeoutMs, GRACE_MS));
    // Every file reported, but jest does not end (a global teardown that hangs): stop it.
    if (reports.size >= request.files.length) allReportedAt ??= now;
    const stuckAtEnd = allReportedAt !== undefined && now - allReportedAt > END_TIMEOUT_MS;
    if (timedOut.length > 0 || stuckAtEnd || (clocks.size === 0 && now - started > request.startTimeoutMs)) {
      killed = true;
      run.kill();
    }
  }, POLL_MS);
  const end = await run.ended;
  clearInterval(timer);
  if (pid !== undefined) untrackRun(pid);
  // What the run left on the engine goes now, and (killed) once more a moment later.
  await removeRunLeftovers(runId, pid, killed);
  const unfinished = [...clocks.keys()].filter((f) => !reports.has(f) && !timedOut.includes(f));
  return { reports, timedOut, unfinished, killed, startedAny: clocks.size > 0, exitCode: end.code, output: end.output, pid, runId, ms: Date.now() - started };
}
