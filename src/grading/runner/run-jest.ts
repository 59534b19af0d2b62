import { spawn } from "node:child_process";
import fs from "node:fs";
import { removeRunLeftovers } from "../../lab/teardown";
import { EventTail, type FileReport } from "./jest-events";
import { CappedOutput } from "./capped-output";
import { overdueFiles, type FileClock } from "./file-deadlines";
import { killGroup, trackRun, untrackRun } from "./stop-signal";

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
  reports: Map<string, FileReport>;
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
 * Runs jest once over some test files, watching the grading reporter's events: a file that runs
 * past its deadline (a synchronous endless loop blocks a worker for good) gets the whole process
 * group killed. Afterwards everything the run made on the engine is removed by its labels.
 */
export async function runJest(request: JestRunRequest): Promise<JestRunOutcome> {
  const started = Date.now();
  fs.writeFileSync(request.eventsFile, "");
  const jest = require.resolve("jest/bin/jest", { paths: [request.root] });
  const args = [jest, "--config", request.configFile, "--ci", "--silent", "--forceExit", "--runTestsByPath", ...request.files];
  // The grading guard in each test file says when its tests begin, into the same events file.
  const env = { ...request.env, NETLAB_GRADE_EVENTS: request.eventsFile };
  const child = spawn(process.execPath, args, { cwd: request.root, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const pid = child.pid;
  if (pid !== undefined) trackRun(pid);
  const output = new CappedOutput(64 * 1024);
  child.stdout?.on("data", (d: Buffer) => output.add(d));
  child.stderr?.on("data", (d: Buffer) => output.add(d));

  const tail = new EventTail(request.eventsFile);
  const clocks = new Map<string, FileClock>();
  const reports = new Map<string, FileReport>();
  let runId: string | undefined;
  const timedOut: string[] = [];
  let killed = false;
  let allReportedAt: number | undefined;
  const kill = () => {
    killed = true;
    if (pid !== undefined) killGroup(pid);
  };
  const absorb = () => {
    for (const event of tail.read()) {
      if (event.type === "run") runId = event.runId;
      else if (event.type === "start") clocks.set(event.file, { startedAt: event.at, done: false });
      else if (event.type === "ready") {
        const clock = clocks.get(event.file);
        if (clock) clock.readyAt = event.at;
      } else {
        reports.set(event.file, { file: event.file, execError: event.execError, tests: event.tests });
        const clock = clocks.get(event.file);
        if (clock) clock.done = true;
      }
    }
  };

  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setInterval(() => {
      absorb();
      if (killed) return;
      const now = Date.now();
      // Files within a moment of their own deadline go with the one that passed it (the same loop
      // imported by two test files), instead of running a whole timeout again.
      if (overdueFiles(clocks, now, request.fileTimeoutMs).length > 0) timedOut.push(...overdueFiles(clocks, now, request.fileTimeoutMs, GRACE_MS));
      // Every file reported, but jest does not end (a global teardown that hangs): stop it.
      if (reports.size >= request.files.length) allReportedAt ??= now;
      const stuckAtEnd = allReportedAt !== undefined && now - allReportedAt > END_TIMEOUT_MS;
      if (timedOut.length > 0 || stuckAtEnd || (clocks.size === 0 && now - started > request.startTimeoutMs)) kill();
    }, POLL_MS);
    child.on("error", (err) => output.add(Buffer.from(`\n${err.message}\n`)));
    // jest has ended; anything of its group still holding the pipes open goes too.
    child.on("exit", () => setTimeout(() => pid !== undefined && killGroup(pid), 3000).unref());
    child.on("close", (code) => {
      clearInterval(timer);
      resolve(code);
    });
  });
  if (pid !== undefined) {
    killGroup(pid); // workers left behind by a jest that died
    untrackRun(pid);
  }
  absorb();
  await removeRun(runId, pid, killed);
  const unfinished = [...clocks.keys()].filter((f) => !reports.has(f) && !timedOut.includes(f));
  return { reports, timedOut, unfinished, killed, startedAny: clocks.size > 0, exitCode, output: output.text(), pid, runId, ms: Date.now() - started };
}

/** Removes what the run left on the engine, now and (killed) once more a moment later: see removeRunLeftovers. */
async function removeRun(runId: string | undefined, pid: number | undefined, killed: boolean): Promise<void> {
  await removeRunLeftovers(runId, pid, killed);
}
