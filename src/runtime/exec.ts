import type { StartedTestContainer } from "testcontainers";
import { withTimeout } from "../async/with-timeout";
import { getEngine } from "./engine";

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * A container the engine runs, as the Lab holds it: its id and a bounded docker exec. netlab's own
 * type, so that no testcontainers object reaches the public entry point, where learner code could
 * reach past the Lab's bounds.
 */
export interface RunningContainer {
  readonly id: string;
  exec(command: string[], timeoutMs: number): Promise<ExecResult | "timeout">;
}

/** docker exec CONTAINER CMD..., bounded: the promise settles within timeoutMs whatever the command does. */
export async function execIn(container: StartedTestContainer, command: string[], timeoutMs: number): Promise<ExecResult | "timeout"> {
  const result = await withTimeout(container.exec(command), timeoutMs, () => "timeout" as const);
  if (result === "timeout") return result;
  return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
}

/** A container netlab started earlier in this run, known by its id (the run's shared host-view helper). */
export async function runningById(id: string): Promise<RunningContainer> {
  const { client } = await getEngine();
  const container = client.container.getById(id);
  return {
    id,
    exec: async (command, timeoutMs) => {
      const result = await withTimeout(client.container.exec(container, command), timeoutMs, () => "timeout" as const);
      if (result === "timeout") return result;
      return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
    },
  };
}
