import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { CappedOutput } from "./capped-output";
import { EVENTS_ENV, EventTail, type RunEvent } from "./events";
import { killGroup } from "./kill-group";
import { ownedTempPath, sweepDeadOwners } from "../process/owned-temp";

/** The project's jest config, and the learner's `npm test` one (only the course suites): the one place their file names are written. */
export const JEST_CONFIG_FILE = "jest.config.ts";
export const COURSE_CONFIG_FILE = "jest.course.config.ts";

const JEST_PROCESS = path.join(__dirname, "jest-process.js");
const REPORTER = path.join(__dirname, "reporter.js");

export interface JestRequest {
  /** The project: jest runs from here, with its config and node_modules. */
  root: string;
  /** jest's command-line arguments; leave out to start warm and give them to `begin` later. */
  args?: string[];
  /** The whole environment of the jest process (default: this one's). */
  env?: NodeJS.ProcessEnv;
  /** Reporters besides netlab's own (reporter.js), e.g. "default" for jest's summary. */
  reporters?: string[];
  /** Where the events go (default: a file of its own in the temp folder, removed at the end). */
  eventsFile?: string;
  /** A process group of its own: `kill` then takes jest's workers along (netlab grade). */
  group?: boolean;
  /** How often the events file is read while jest runs. */
  pollMs?: number;
  onEvent?: (event: RunEvent) => void;
  /** jest's output as it comes (its own lines, netlab's "netlab: ..." progress). */
  onOutput?: (text: string) => void;
  /** jest's output kept for the end: its head and its tail (default 64 KiB). */
  outputLimit?: number;
}

export interface JestEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  /** jest's output, capped (for whoever has to say why a run failed). */
  output: string;
  events: RunEvent[];
  ms: number;
}

const live = new Set<JestRun>();

/** The jest runs of this process still going (to pass on a signal, or to stop them all). */
export function liveJestRuns(): JestRun[] {
  return [...live];
}

let started = 0;
/** Run events of a jest started here, when the caller names no file: netlab-jest-<pid>-<n>.jsonl in the temp dir. */
const EVENTS_FILE = "netlab-jest-";

/**
 * One jest run of netlab: a process (jest-process.js) with netlab's reporter, whose events are read
 * as they are written. Everyone who runs jest starts it here: `netlab run`/`watch` (warm: started
 * ahead, `begin` when the learner saves), `netlab grade` (a group of its own, killed by file
 * deadlines), the selftest, the mutants and the engines matrix.
 */
export class JestRun {
  readonly pid?: number;
  readonly events: RunEvent[] = [];
  /** Resolves when the process has closed. */
  readonly ended: Promise<JestEnd>;
  /** Resolves true once a warm process has loaded jest (false if it ended first). */
  readonly ready: Promise<boolean>;
  private readonly child: ChildProcess;
  private readonly tail: EventTail;
  private readonly output: CappedOutput;
  private readonly ownEvents: boolean;
  private poller?: NodeJS.Timeout;
  private begun = false;
  private outbox: Promise<void> = Promise.resolve();

  constructor(private readonly request: JestRequest) {
    const startedAt = Date.now();
    this.ownEvents = request.eventsFile === undefined;
    if (this.ownEvents && started === 0) sweepDeadOwners(EVENTS_FILE); // a killed CLI's or grader's
    const eventsFile = request.eventsFile ?? ownedTempPath(EVENTS_FILE, `${++started}.jsonl`);
    fs.writeFileSync(eventsFile, "");
    this.tail = new EventTail(eventsFile);
    this.output = new CappedOutput(request.outputLimit ?? 64 * 1024);
    const env = { ...(request.env ?? process.env), [EVENTS_ENV]: eventsFile };
    // Warm only: an IPC channel (for "ready" and the arguments) would keep a plain run's jest alive.
    const argv = request.args ? [JEST_PROCESS, ...this.withReporters(request.args)] : [JEST_PROCESS, "--warm"];
    this.child = spawn(process.execPath, argv, { cwd: request.root, env, detached: request.group, stdio: ["ignore", "pipe", "pipe", ...(request.args ? [] : ["ipc" as const])] });
    this.pid = this.child.pid;
    live.add(this);
    const keep = (data: Buffer) => {
      this.output.add(data);
      request.onOutput?.(data.toString());
    };
    this.child.stdout?.on("data", keep);
    this.child.stderr?.on("data", keep);
    this.child.on("error", (err) => this.output.add(`\n${err.message}\n`));
    let markReady: (ok: boolean) => void = () => undefined;
    this.ready = new Promise((resolve) => (markReady = resolve));
    this.child.on("message", (message: { type?: string; message?: string }) => {
      if (message?.type === "ready") markReady(true);
      if (message?.type === "error") this.output.add(`\n${message.message ?? ""}`);
    });
    // jest has ended; anything of its group still holding the pipes open goes too.
    if (request.group) this.child.on("exit", () => setTimeout(() => this.kill(), 3000).unref());
    this.ended = new Promise((resolve) => {
      this.child.on("close", (code, signal) => {
        markReady(false);
        this.stopPolling();
        this.absorb();
        live.delete(this);
        if (request.group) this.kill(); // workers left behind by a jest that died
        if (this.ownEvents) fs.rmSync(eventsFile, { force: true });
        resolve({ code, signal, output: this.output.text(), events: this.events, ms: Date.now() - startedAt });
      });
    });
    if (request.args) this.startPolling();
  }

  /**
   * A warm run: give it its arguments (once); it runs as soon as it is ready. `gated`: it runs as far
   * as the test file's own code (global setup, the file's environment and setup files done) and waits
   * there for `go()` (src/jest-run/warm-gate.js).
   */
  begin(args: string[], options: { gated?: boolean } = {}): void {
    if (this.request.args || this.begun) throw new Error("netlab: a jest run takes its arguments once");
    this.begun = true;
    // A gated run's events are read from go() on: what it wrote before (its start, its file's start) comes with the first read.
    if (!options.gated) this.startPolling();
    this.post({ type: "run", args: this.withReporters(args), gated: options.gated === true });
  }

  /** Lets a gated run go on into its test file (at once if it waits at the gate, else when it gets there). */
  go(): void {
    if (!this.begun) throw new Error("netlab: go() comes after begin(args, {gated: true})");
    this.startPolling();
    this.post({ type: "go" });
  }

  /** Sends to a warm process once it is ready, in the order asked. */
  private post(message: object): void {
    this.outbox = this.outbox.then(async () => {
      if ((await this.ready) && this.child.connected) this.child.send(message);
    });
  }

  /** Reads what the reporter has written since the last read (every pollMs while jest runs, and at its end). */
  private absorb(): RunEvent[] {
    const fresh = this.tail.read();
    for (const event of fresh) {
      this.events.push(event);
      this.request.onEvent?.(event);
    }
    return fresh;
  }

  /** A signal to jest (its whole group when it has one). */
  kill(signal: NodeJS.Signals = "SIGKILL"): void {
    if (this.request.group && this.pid !== undefined) killGroup(this.pid, signal);
    else if (!this.hasExited()) this.child.kill(signal);
  }

  hasExited(): boolean {
    return this.child.exitCode !== null || this.child.signalCode !== null;
  }

  /** jest's output so far (capped). */
  outputText(): string {
    return this.output.text();
  }

  private withReporters(args: string[]): string[] {
    return [...[...(this.request.reporters ?? []), REPORTER].flatMap((r) => ["--reporters", r]), ...args];
  }

  private startPolling(): void {
    this.poller ??= setInterval(() => this.absorb(), this.request.pollMs ?? 50);
  }

  private stopPolling(): void {
    if (this.poller) clearInterval(this.poller);
  }
}

/** Starts a jest run (see JestRun). */
export function startJest(request: JestRequest): JestRun {
  return new JestRun(request);
}
