import type { LabContainer } from "../lab/lab-container";
import { assertLabTarget, assertTargetSyntax } from "./lab-targets";

export interface TcpResult {
  from: string;
  target: string;
  port: number;
  connected: boolean;
  output: string;
}

/**
 * `docker exec FROM nc -w 1 TARGET PORT`: does a TCP connection open within a second? busybox nc has
 * no -z: the connection gets no input and `timeout` ends it if the server keeps it open.
 */
export async function probeTcp(from: LabContainer, target: string, port: number): Promise<TcpResult> {
  assertTargetSyntax(target);
  await assertLabTarget(from.lab, target);
  const { stdout, stderr, exitCode } = await from.exec(["timeout", "2", "nc", "-w", "1", target, String(port)]);
  const output = `${stdout}${stderr}`.trim();
  const failed = /can't connect|refused|timed out|timeout|bad address|No route/i.test(output);
  // 0: connected and the server closed; 143: connected and still open when timeout ended it.
  return { from: from.name, target, port, connected: !failed && (exitCode === 0 || exitCode === 143), output };
}
