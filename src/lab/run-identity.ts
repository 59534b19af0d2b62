import crypto from "node:crypto";
import os from "node:os";
import path from "node:path";

/** Labels on everything netlab creates: how teardown, `netlab clean` and the reaper find it. */
export const LABELS = {
  managed: "netlab",
  run: "netlab.run",
  lab: "netlab.lab",
  name: "netlab.name",
  pid: "netlab.pid",
  host: "netlab.host",
  created: "netlab.created",
} as const;

export interface RunIdentity {
  /** Short id shared by every Lab of one test run (set once by jest's global setup). */
  runId: string;
  /** The process that owns the run: when it is gone, the run's leftovers may be reaped. */
  ownerPid: number;
  host: string;
}

/** The run this process belongs to; the first caller in a process tree fixes it through the environment. */
export function currentRun(env: NodeJS.ProcessEnv = process.env): RunIdentity {
  if (!env.NETLAB_RUN_ID) {
    env.NETLAB_RUN_ID = crypto.randomBytes(3).toString("hex");
    env.NETLAB_RUN_PID = String(process.pid);
  }
  return { runId: env.NETLAB_RUN_ID, ownerPid: Number(env.NETLAB_RUN_PID ?? process.pid), host: os.hostname() };
}

/** Starts a new run owned by this process (jest's global setup, a CLI command); its children inherit it. */
export function startRun(env: NodeJS.ProcessEnv = process.env): RunIdentity {
  delete env.NETLAB_RUN_ID;
  return currentRun(env);
}

/** The labels for one resource of one Lab. */
export function labelsFor(run: RunIdentity, labId: string, plainName: string): Record<string, string> {
  return {
    [LABELS.managed]: "1",
    [LABELS.run]: run.runId,
    [LABELS.lab]: labId,
    [LABELS.name]: plainName,
    [LABELS.pid]: String(run.ownerPid),
    [LABELS.host]: run.host,
    [LABELS.created]: new Date().toISOString(),
  };
}

const PLAIN_NAME = /^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,30}$/;

/** Learners' names must be valid Docker names short enough to carry the run prefix. */
export function isValidPlainName(name: string): boolean {
  return PLAIN_NAME.test(name);
}

/** The engine's name for a learner's "c1": unique per run and Lab, so runs never collide. */
export function realName(run: RunIdentity, labId: string, plainName: string): string {
  return `nl-${run.runId}-${labId}-${plainName}`;
}

/** `node REAP_RUN_SCRIPT <run id>` removes a run's resources: started detached by a process about to die. */
export const REAP_RUN_SCRIPT = path.join(__dirname, "..", "..", "scripts", "reap-run.js");

/** The plain name of netlab's own helper for `lab.hostView()`: tooling, never part of a learner's topology. */
export const HOST_VIEW_HELPER = "hostview";

/** Is this engine name a Lab's host-view helper (of any Lab of this run)? */
export function isHostViewHelper(run: RunIdentity, engineName: string): boolean {
  return engineName.startsWith(`nl-${run.runId}-`) && engineName.endsWith(`-${HOST_VIEW_HELPER}`) && !engineName.slice(`nl-${run.runId}-`.length, -`-${HOST_VIEW_HELPER}`.length).includes("-");
}

let labCounter = 0;
/** A Lab id unique within the run: the worker's pid (unique among live processes) and a counter. */
export function nextLabId(): string {
  labCounter += 1;
  return `${labIdPrefix()}${labCounter.toString(36)}`;
}

/** Was this Lab id (label netlab.lab) given out by this process? Other workers of the run give out their own. */
export function isLabOfThisProcess(labId: string): boolean {
  return labId.startsWith(labIdPrefix());
}

const labIdPrefix = () => `${process.pid.toString(36)}x`;
