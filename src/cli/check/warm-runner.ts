import os from "node:os";
import path from "node:path";
import { NA_LOG_ENV } from "../../course/not-shown-log";
import type { FileResult, KeyedMessage, RunEvent } from "../../jest-run/events";
import { COURSE_CONFIG_FILE, startJest, type JestRun } from "../../jest-run/start-jest";
import { LABELS } from "../../lab/run-identity";
import { withLocatedEngine } from "../../runtime/engine-env";
import { heavy } from "../heavy";
import { withTimeout } from "../../async/with-timeout";

/** What the runner reports while a check runs: the run's events, and progress lines of jest's global setup ("Building lab image ..."). */
export type RunnerEvent = RunEvent | { type: "log"; line: string };

/**
 * When each step of a check happened, in ms after the run was asked for (for NETLAB_TIMING=1). In a
 * runner prepared ahead, set-up and file start came before the save: negative.
 */
export interface Phases {
  /** jest, ts-jest, TypeScript and testcontainers loaded (before the run was asked for: negative). */
  ready?: number;
  setUp?: number;
  fileStart?: number;
  /** The file's modules loaded (ts-jest compiled what changed): its hooks and tests begin. */
  testsBegin?: number;
  firstTest?: number;
  lastTest?: number;
  report: number;
}

export type RunOutcome =
  | { kind: "report"; report: FileResult; ms: number; phases: Phases }
  /** jest ended (or was stopped) without reporting the file: its output says why; `blocked` when the loop guard stopped it. */
  | { kind: "crashed"; output: string; ms: number; runId?: string; timedOut: boolean; blocked?: KeyedMessage }
  /** Stopped on purpose (the learner quit): no verdict to give. */
  | { kind: "stopped"; ms: number };

/** One check: one test file, in jest's own process (the lab's containers are the parallel part). */
const jestArgs = (config: string, testFile: string) => ["--config", config, "--runInBand", "--runTestsByPath", "--watchman=false", testFile];

/**
 * The course's jest config (jest.course.config.ts), read here and handed to jest as JSON: the CLI
 * runs under tsx, which reads TypeScript anyway, and jest then starts without a loader for its
 * config (esbuild-register and its service: about 150 ms of every check). Read as a run of the
 * course tests reads it, with NETLAB_TARGET unset: a check checks exercises/. A config that does
 * not load is handed to jest by its name, and jest says what is wrong with it.
 */
function courseConfig(root: string): string {
  const target = process.env.NETLAB_TARGET;
  delete process.env.NETLAB_TARGET;
  try {
    // A synchronous read of the learner's own config file, through tsx's require hook.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = (require(path.join(root, COURSE_CONFIG_FILE)) as { default: object }).default;
    return JSON.stringify({ ...config, rootDir: root });
  } catch {
    return COURSE_CONFIG_FILE;
  } finally {
    if (target !== undefined) process.env.NETLAB_TARGET = target;
  }
}

/** Events are read this often while a check runs: the verdict waits at most this long for its file's result. */
const POLL_MS = 10;
/** Runners started by this process: each gets an n/a log of its own. */
let startedRunners = 0;

/**
 * A jest process started ahead of the check it will run (a warm jest run, see src/jest-run): node,
 * jest, ts-jest, TypeScript and testcontainers are loaded while the learner is still typing. One
 * check per runner.
 */
export class WarmRunner {
  private readonly jest: JestRun;
  private listener?: (event: RunnerEvent) => void;
  private used = false;
  private stopping = false;
  /** Where the check's n/a tests record why (read while the check runs: its teardown removes it). */
  readonly naLog: string;
  /** The run id the check's global setup chose (labels everything it makes), once it has started. */
  runId?: string;
  private reported = false;
  /** The test file this runner was started for: it has run up to the gate and waits for `run`. */
  private readonly prepared?: string;
  private readyAt?: number;
  private readonly config: string;

  private constructor(root: string, env: NodeJS.ProcessEnv, testFile?: string) {
    this.config = courseConfig(root);
    this.naLog = env[NA_LOG_ENV] ?? "";
    this.jest = startJest({
      root,
      env,
      pollMs: POLL_MS,
      onEvent: (event) => this.listener?.(event),
      onOutput: (text) => {
        for (const line of text.split("\n")) {
          const progress = /^netlab: (.+)$/.exec(line.trim());
          if (progress?.[1]) this.listener?.({ type: "log", line: progress[1] });
        }
      },
    });
    void this.jest.ready.then((ok) => {
      if (ok) this.readyAt = Date.now();
    });
    if (testFile) {
      this.prepared = testFile;
      this.jest.begin(jestArgs(this.config, testFile), { gated: true });
    }
  }

  /**
   * Starts a runner for the project at root. The course tests check exercises/ (NETLAB_TARGET is
   * cleared). Given the test file the next check will run, it does all it can ahead (jest's start,
   * the global setup, the file's setup) and waits for the save: the check then costs only the test
   * file and the learner's code.
   */
  static start(root: string, env: NodeJS.ProcessEnv = process.env, testFile?: string): WarmRunner {
    // Where the check's n/a tests say why (testNeeding); checkExercise reads and removes the file.
    const childEnv: NodeJS.ProcessEnv = { ...withLocatedEngine(env), FORCE_COLOR: "0", [NA_LOG_ENV]: path.join(os.tmpdir(), `netlab-na-${process.pid}-${++startedRunners}.jsonl`) };
    delete childEnv.NETLAB_TARGET;
    delete childEnv.JEST_WORKER_ID;
    return new WarmRunner(root, childEnv, testFile);
  }

  /**
   * Runs one test file (a path from the project root) and resolves when its result is in. The bound
   * is on silence, not on the whole check: a check that keeps moving on a loaded machine (each step
   * 20x slower) is never cut, and one that shows no progress for stallMs (jest stuck, a hung engine)
   * is stopped.
   */
  run(testFile: string, onEvent: (event: RunnerEvent) => void, stallMs: number): Promise<RunOutcome> {
    if (this.used) throw new Error("netlab: a WarmRunner runs one check only");
    if (this.prepared !== undefined && this.prepared !== testFile) throw new Error(`netlab: this runner was started for ${this.prepared}, not ${testFile}`);
    this.used = true;
    const started = Date.now();
    const phases: Omit<Phases, "report"> = {};
    let runId: string | undefined;
    let blocked: KeyedMessage | undefined;
    return new Promise((resolve) => {
      let settled = false;
      let timer: NodeJS.Timeout | undefined;
      const settle = (outcome: RunOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.listener = undefined;
        resolve(outcome);
      };
      const crashed = (timedOut: boolean) =>
        settle(
          this.stopping && !timedOut
            ? { kind: "stopped", ms: Date.now() - started }
            : { kind: "crashed", output: this.jest.outputText().trim(), ms: Date.now() - started, runId, timedOut, blocked },
        );
      const moved = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          void this.stop();
          crashed(true);
        }, stallMs);
      };
      moved();
      void this.jest.ready.then(() => settled || moved());
      this.listener = (event) => {
        moved();
        if (event.type === "fileDone" && this.stopping) crashed(false);
        else if (event.type === "fileDone") {
          this.reported = true;
          settle({ kind: "report", report: { file: event.file, execError: event.execError, tests: event.tests }, ms: Date.now() - started, phases: { ...phases, report: event.at - started } });
        } else {
          if (event.type === "run") {
            if (this.readyAt !== undefined) phases.ready = this.readyAt - started;
            runId = event.runId;
            this.runId = runId;
            phases.setUp = event.at - started;
          }
          if (event.type === "fileStart") phases.fileStart = event.at - started;
          if (event.type === "testsBegin") phases.testsBegin = event.at - started;
          if (event.type === "test") {
            phases.firstTest ??= event.at - started;
            phases.lastTest = event.at - started;
          }
          if (event.type === "blocked") blocked = event.message;
          onEvent(event);
        }
      };
      // The process ended without the file's result: whatever it said last is the why.
      void this.jest.ended.then(() => setTimeout(() => crashed(false), 20));
      if (this.prepared === undefined) this.jest.begin(jestArgs(this.config, testFile));
      else this.jest.go();
    });
  }

  /** jest and what every check needs are loaded. */
  get isReady(): boolean {
    return this.readyAt !== undefined;
  }

  /** The test file it was started for, if any (see `start`). */
  get preparedFor(): string | undefined {
    return this.prepared;
  }

  /** Resolves once the runner has loaded everything (or ended): for measurements and tests. */
  async whenReady(): Promise<void> {
    await this.jest.ready;
  }

  /**
   * Stops the runner: an idle one just ends; a running one gets SIGINT, so that its global setup's
   * handler removes what the check made, then SIGKILL if it does not end (an endless synchronous loop).
   */
  async stop(graceMs = 4000): Promise<void> {
    this.stopping = true;
    // A runner that reported ends by itself once jest's global teardown is done: let it.
    if (this.reported && !this.jest.hasExited()) {
      await withTimeout(this.jest.ended, 5000, () => undefined);
    }
    if (this.jest.hasExited()) return;
    this.jest.kill(this.used ? "SIGINT" : "SIGTERM");
    let forced = false;
    const kill = setTimeout(() => {
      forced = true;
      this.jest.kill("SIGKILL");
    }, graceMs);
    await this.jest.ended;
    clearTimeout(kill);
    // Its own SIGINT handler never ran (a blocked event loop): remove what its check made from here.
    if (forced && this.runId) await heavy.teardown().removeLabelled([`${LABELS.run}=${this.runId}`]).catch(() => undefined);
  }
}
