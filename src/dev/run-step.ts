import { spawn } from "node:child_process";
import { liveJestRuns } from "../jest-run/start-jest";
import { onInterrupt } from "../async/on-interrupt";

export interface StepResult {
  code: number;
  output: string;
  ms: number;
}

const children = new Set<ReturnType<typeof spawn>>();

/** Runs a tool (the type check, the lint) with its output captured (shown by the caller when it matters); jest runs start in src/jest-run. */
export function runStep(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("close", (code) => {
      children.delete(child);
      resolve({ code: code ?? 1, output, ms: Date.now() - started });
    });
    child.on("error", (err) => {
      children.delete(child);
      resolve({ code: 1, output: `${output}\n${err.message}`, ms: Date.now() - started });
    });
  });
}

/** Stops every running step at once (a stuck engine: their own cleanup would wait on it forever). */
export function killSteps(): void {
  for (const child of children) child.kill("SIGKILL");
  for (const run of liveJestRuns()) run.kill("SIGKILL");
}

/** On Ctrl-C, pass the signal on: each jest run then removes its own resources. */
export function forwardSignals(): void {
  const forward = (signal: NodeJS.Signals) => {
    for (const child of children) child.kill(signal);
    for (const run of liveJestRuns()) run.kill(signal);
  };
  onInterrupt(forward, { exit: false, boundMs: 1500 });
}
