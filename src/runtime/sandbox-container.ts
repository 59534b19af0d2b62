import { PassThrough, type Duplex } from "node:stream";
import { getEngine } from "./engine";
import { ignoreNotFound } from "./remove-labelled";

/** The bounds of one sandbox: learner code gets this much of the machine and no more. */
const SANDBOX_LIMITS = {
  memoryBytes: 256 * 1024 * 1024,
  pids: 64,
  nanoCpus: 1_000_000_000,
  tmpfs: "rw,nosuid,nodev,size=16m,mode=1777",
} as const;

// Reads one line from stdin byte by byte (nothing past it: the rest is the sandbox's channel), writes
// the program's files into the tmpfs and runs it.
const BOOTSTRAP = `const fs = require("node:fs");
const nap = new Int32Array(new SharedArrayBuffer(4));
const bytes = [];
const one = Buffer.alloc(1);
for (;;) {
  let n;
  try { n = fs.readSync(0, one, 0, 1, null); } catch (e) { if (e.code === "EAGAIN") { Atomics.wait(nap, 0, 0, 10); continue; } throw e; }
  if (n === 0) process.exit(1);
  if (one[0] === 10) break;
  bytes.push(one[0]);
}
const files = JSON.parse(Buffer.from(bytes).toString("utf8"));
fs.mkdirSync("/scratch/sandbox", { recursive: true });
for (const [name, code] of Object.entries(files)) fs.writeFileSync("/scratch/sandbox/" + name, code);
require("/scratch/sandbox/main.js");`;

export interface SandboxContainer {
  id: string;
  /** The sandbox's stdin: messages to it. */
  input: Duplex;
  /** Its stdout (the channel) and stderr (the learner's output), demultiplexed. */
  output: PassThrough;
  errors: PassThrough;
  /** docker rm -f: the container and every process in it. */
  remove(): Promise<void>;
  /** Resolves with the exit code when the sandbox's program ends. */
  exited: Promise<number>;
}

/**
 * docker run -i --network none --read-only --tmpfs /scratch --cap-drop ALL --security-opt
 * no-new-privileges --user 65534 --pids-limit --memory --cpus IMAGE: nothing of the grader's (no
 * file, no variable, no socket, no network) is inside; the attached stdio is the only way out.
 */
export async function startSandboxContainer(image: string, name: string, labels: Record<string, string>, program?: Record<string, string>): Promise<SandboxContainer> {
  const { docker } = await getEngine();
  const container = await docker.createContainer({
    Image: image,
    // An image of someone else's (node:20-slim, where no Linux node can be copied) gets the sandbox
    // program as the first line of its stdin, written into its tmpfs by this bootstrap, then run.
    ...(program ? { Entrypoint: ["node", "--enable-source-maps", "--max-old-space-size=160", "-e", BOOTSTRAP], Cmd: [] } : {}),
    name,
    Labels: labels,
    Env: [],
    User: "65534:65534",
    AttachStdin: true,
    AttachStdout: true,
    AttachStderr: true,
    OpenStdin: true,
    // The grader's end of the channel closing (done, or the grader killed) closes the sandbox's stdin, which ends it.
    StdinOnce: true,
    Tty: false,
    NetworkDisabled: true,
    HostConfig: {
      NetworkMode: "none",
      ReadonlyRootfs: true,
      // Its only writable place. Not a folder of the image: docker would give the tmpfs that folder's mode.
      Tmpfs: { "/scratch": SANDBOX_LIMITS.tmpfs },
      CapDrop: ["ALL"],
      SecurityOpt: ["no-new-privileges"],
      PidsLimit: SANDBOX_LIMITS.pids,
      Memory: SANDBOX_LIMITS.memoryBytes,
      MemorySwap: SANDBOX_LIMITS.memoryBytes,
      NanoCpus: SANDBOX_LIMITS.nanoCpus,
      // Megabytes of learner output go through the attached stream (capped there), never to disk.
      LogConfig: { Type: "none", Config: {} },
    },
  });
  const stream = (await container.attach({ stream: true, stdin: true, stdout: true, stderr: true, hijack: true })) as unknown as Duplex;
  const output = new PassThrough();
  const errors = new PassThrough();
  docker.modem.demuxStream(stream, output, errors);
  stream.on("end", () => {
    output.end();
    errors.end();
  });
  stream.on("error", () => undefined);
  await container.start();
  if (program) stream.write(`${JSON.stringify(program)}\n`);
  const exited = container.wait().then(
    (r: { StatusCode?: number }) => r.StatusCode ?? -1,
    () => -1,
  );
  return {
    id: container.id,
    input: stream,
    output,
    errors,
    exited,
    remove: () => ignoreNotFound(container.remove({ force: true })),
  };
}
