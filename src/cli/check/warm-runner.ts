import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { NA_LOG_ENV } from "../../course/not-shown-log";
import { parseJestReport, type JestReport } from "./jest-report";
import { LABELS } from "../../lab/run-identity";
import { withLocatedEngine } from "../../runtime/engine-env";
import { withTimeout } from "../../async/with-timeout";
import { heavy } from "../heavy";

/** What the runner reports while a check runs. */
export type RunnerEvent =
  | { type: "start"; runId?: string; at: number }
  | { type: "fileStart"; at: number }
  | { type: "case"; title: string; status: string; ms: number; at: number }
  /** A progress line of jest's global setup ("Building lab image ..."). */
  | { type: "log"; line: string };

/** When each step of a check happened, in ms after the run was asked for (for NETLAB_TIMING=1). */
export interface Phases {
  setUp?: number;
  fileStart?: number;
  firstTest?: number;
  lastTest?: number;
  report: number;
}

export type RunOutcome =
  | { kind: "report"; report: JestReport; ms: number; phases: Phases }
  /** jest ended (or was stopped) without reporting the file: its output says why. */
  | { kind: "crashed"; output: string; ms: number; runId?: string; timedOut: boolean }
  /** Stopped on purpose (the learner quit): no verdict to give. */
  | { kind: "stopped"; ms: number };

type Message = RunnerEvent | { type: "ready" } | { type: "file"; report: Parameters<typeof parseJestReport>[0]; at: number } | { type: "done" } | { type: "error"; message: string };

const RUNNER = path.join(__dirname, "jest-runner.js");
/** Runners started by this process: each gets an n/a log of its own. */
let startedRunners = 0;

/**
 * A jest process started ahead of the check it will run (see jest-runner.js): node, jest, ts-jest,
 * TypeScript and testcontainers are loaded while the learner is still typing. One check per runner.
 */
export class WarmRunner {
  private readonly child: ChildProcess;
  private output = "";
  private readonly exited: Promise<void>;
  private listener?: (message: Message) => void;
  private used = false;
  private readySeen = false;
  private stopping = false;
  /** Where the check's n/a tests record why (read while the check runs: its teardown removes it). */
  readonly naLog: string;
  /** The run id the check's global setup chose (labels everything it makes), once it has started. */
  runId?: string;
  private reported = false;

  private constructor(root: string, env: NodeJS.ProcessEnv) {
    this.naLog = env[NA_LOG_ENV] ?? "";
    this.child = spawn(process.execPath, [RUNNER], { cwd: root, env, stdio: ["ignore", "pipe", "pipe", "ipc"] });
    this.exited = new Promise((resolve) => this.child.once("exit", () => resolve()));
    const keep = (data: Buffer) => {
      this.output = (this.output + data.toString()).slice(-64 * 1024);
    };
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", (data: Buffer) => {
      keep(data);
      for (const line of data.toString().split("\n")) {
        const progress = /^netlab: (.+)$/.exec(line.trim());
        if (progress?.[1]) this.listener?.({ type: "log", line: progress[1] });
      }
    });
    this.child.on("message", (message: Message) => {
      if (message.type === "ready") this.readySeen = true;
      this.listener?.(message);
    });
    this.child.on("error", (err) => {
      this.output += `\n${err.message}`;
    });
  }

  /** Starts a runner for the project at root. The course tests check exercises/ (NETLAB_TARGET is cleared). */
  static start(root: string, env: NodeJS.ProcessEnv = process.env): WarmRunner {
    // Where the check's n/a tests say why (testNeeding); checkExercise reads and removes the file.
    const childEnv: NodeJS.ProcessEnv = { ...withLocatedEngine(env), FORCE_COLOR: "0", [NA_LOG_ENV]: path.join(os.tmpdir(), `netlab-na-${process.pid}-${++startedRunners}.jsonl`) };
    delete childEnv.NETLAB_TARGET;
    delete childEnv.JEST_WORKER_ID;
    return new WarmRunner(root, childEnv);
  }

  /** Runs one test file (a path from the project root) and resolves when its report is in. */
  run(testFile: string, onEvent: (event: RunnerEvent) => void, timeoutMs: number): Promise<RunOutcome> {
    if (this.used) throw new Error("netlab: a WarmRunner runs one check only");
    this.used = true;
    const started = Date.now();
    const phases: Omit<Phases, "report"> = {};
    let runId: string | undefined;
    return new Promise((resolve) => {
      let settled = false;
      const settle = (outcome: RunOutcome) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.listener = undefined;
        resolve(outcome);
      };
      const crashed = (timedOut: boolean, extra = "") =>
        settle(
          this.stopping && !timedOut
            ? { kind: "stopped", ms: Date.now() - started }
            : { kind: "crashed", output: `${this.output}${extra}`.trim(), ms: Date.now() - started, runId, timedOut },
        );
      const timer = setTimeout(() => {
        void this.stop();
        crashed(true);
      }, timeoutMs);
      this.listener = (message) => {
        if (message.type === "ready") this.child.send({ type: "run", testFile });
        else if (message.type === "file" && this.stopping) crashed(false);
        else if (message.type === "file") {
          this.reported = true;
          settle({ kind: "report", report: parseJestReport(message.report), ms: Date.now() - started, phases: { ...phases, report: message.at - started } });
        } else if (message.type === "error") crashed(false, `\n${message.message}`);
        else if (message.type === "done") crashed(false);
        else {
          if (message.type === "start") {
            runId = message.runId;
            this.runId = runId;
            phases.setUp = message.at - started;
          }
          if (message.type === "fileStart") phases.fileStart = message.at - started;
          if (message.type === "case") {
            phases.firstTest ??= message.at - started;
            phases.lastTest = message.at - started;
          }
          onEvent(message);
        }
      };
      void this.exited.then(() => setTimeout(() => crashed(false), 20));
      // Already warm: the "ready" message went by before anyone listened.
      if (this.readySeen) this.child.send({ type: "run", testFile });
    });
  }

  /** Resolves once the runner has loaded everything (or ended): for measurements and tests. */
  async whenReady(): Promise<void> {
    while (!this.readySeen && this.child.exitCode === null && this.child.signalCode === null) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /**
   * Stops the runner: an idle one just ends; a running one gets SIGINT, so that its global setup's
   * handler removes what the check made, then SIGKILL if it does not end (an endless synchronous loop).
   */
  async stop(graceMs = 4000): Promise<void> {
    this.stopping = true;
    const ended = () => this.child.exitCode !== null || this.child.signalCode !== null;
    // A runner that reported ends by itself once jest's global teardown is done: let it.
    if (this.reported && !ended()) {
      await withTimeout(this.exited, 5000, () => undefined);
    }
    if (ended()) return;
    this.child.kill(this.used ? "SIGINT" : "SIGTERM");
    let forced = false;
    const kill = setTimeout(() => {
      forced = true;
      this.child.kill("SIGKILL");
    }, graceMs);
    await this.exited;
    clearTimeout(kill);
    // Its own SIGINT handler never ran (a blocked event loop): remove what its check made from here.
    if (forced && this.runId) await heavy.teardown().removeLabelled([`${LABELS.run}=${this.runId}`]).catch(() => undefined);
  }
}
