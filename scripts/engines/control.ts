import path from "node:path";
import { log, run, seconds } from "./shell";

/** The engines the matrix knows, each brought up and down by its own script beside this file. */
export const ENGINES = ["rootful", "rootless", "podman"] as const;
export type EngineName = (typeof ENGINES)[number];

export const isEngine = (name: string): name is EngineName => (ENGINES as readonly string[]).includes(name);

const script = (name: EngineName) => path.join(__dirname, `${name}.sh`);

// An up may install packages (apt-get) the first time: minutes, not hours.
const UP_MS = Number(process.env.NETLAB_ENGINES_UP_S ?? 600) * 1000;
const DOWN_MS = 120_000;

export interface EngineUp {
  dockerHost: string;
  /** It answered before this run: leave it running afterwards. */
  wasUp: boolean;
}

async function call(name: EngineName, verb: string, timeoutMs: number) {
  return run("bash", [script(name), verb], { timeoutMs, onLine: (line) => log(`  [${name}] ${line}`) });
}

/** Brings the engine up (its script is idempotent) and says where it answers. */
export async function engineUp(name: EngineName): Promise<EngineUp> {
  const status = await call(name, "status", 30_000);
  const wasUp = status.code === 0;
  const up = wasUp ? status : await call(name, "up", UP_MS);
  const host = /^DOCKER_HOST=(\S+)$/m.exec(up.output)?.[1];
  if (up.code !== 0 || !host) {
    throw new Error(`${name} did not come up${up.timedOut ? ` within ${seconds(UP_MS)}` : ` (exit ${up.code})`}`);
  }
  return { dockerHost: host, wasUp };
}

/** Stops an engine this run started. */
export async function engineDown(name: EngineName): Promise<boolean> {
  const down = await call(name, "down", DOWN_MS);
  if (down.code !== 0) log(`  [${name}] down failed${down.timedOut ? ` (no end within ${seconds(DOWN_MS)})` : ` (exit ${down.code})`}`);
  return down.code === 0;
}
