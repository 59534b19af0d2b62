import type Dockerode from "dockerode";
import { getEngine } from "./engine";
import { withTimeout } from "../async/with-timeout";
import type { ExecResult } from "./exec";

/** What `docker info` says about the engine (the fields `netlab doctor` reads). */
interface EngineInfo {
  name: string;
  operatingSystem: string;
  osType: string;
  kernelVersion: string;
  serverVersion: string;
  securityOptions: string[];
  dockerRootDir: string;
}

/**
 * docker info
 * @lazy
 */
export async function engineInfo(): Promise<EngineInfo> {
  const { docker } = await getEngine();
  const info = (await docker.info()) as Record<string, unknown>;
  const text = (key: string) => (typeof info[key] === "string" ? (info[key] as string) : "");
  return {
    name: text("Name"),
    operatingSystem: text("OperatingSystem"),
    osType: text("OSType"),
    kernelVersion: text("KernelVersion"),
    serverVersion: text("ServerVersion"),
    securityOptions: Array.isArray(info.SecurityOptions) ? (info.SecurityOptions as string[]) : [],
    dockerRootDir: text("DockerRootDir"),
  };
}

/**
 * docker image inspect IMAGE succeeds (never pulls).
 * @lazy
 */
export async function imageExists(name: string): Promise<boolean> {
  const { docker } = await getEngine();
  return docker
    .getImage(name)
    .inspect()
    .then(
      () => true,
      () => false,
    );
}

/**
 * docker exec CONTAINER CMD... for a container known by name or id only (one this process did not
 * start itself), bounded: "timeout" after timeoutMs whatever the command does.
 * @lazy
 */
export async function execByName(nameOrId: string, command: string[], timeoutMs = 5000): Promise<ExecResult | "timeout"> {
  const { docker } = await getEngine();
  return withTimeout(runExec(docker, nameOrId, command), timeoutMs, () => "timeout" as const);
}

async function runExec(docker: Dockerode, nameOrId: string, command: string[]): Promise<ExecResult> {
  const exec = await docker.getContainer(nameOrId).exec({ Cmd: command, AttachStdout: true, AttachStderr: true });
  const stream = await exec.start({ hijack: true, stdin: false });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (into: Buffer[]) => ({ write: (chunk: Buffer) => into.push(Buffer.from(chunk)) }) as unknown as NodeJS.WritableStream;
  docker.modem.demuxStream(stream, sink(out), sink(err));
  await new Promise<void>((resolve) => {
    stream.on("end", resolve);
    stream.on("close", resolve);
    stream.on("error", () => resolve());
  });
  const { ExitCode } = await exec.inspect();
  return { exitCode: ExitCode ?? -1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
}
