import type { StartedTestContainer } from "testcontainers";

export interface ExecResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** docker exec CONTAINER CMD..., bounded: the promise settles within timeoutMs whatever the command does. */
export async function execIn(container: StartedTestContainer, command: string[], timeoutMs: number): Promise<ExecResult | "timeout"> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const result = await Promise.race([container.exec(command), timeout]);
    if (result === "timeout") return result;
    return { exitCode: result.exitCode, stdout: result.stdout, stderr: result.stderr };
  } finally {
    clearTimeout(timer);
  }
}
