import path from "node:path";
import { Lab } from "../../src/lab/lab";
import { currentRun } from "../../src/lab/run-identity";
import { probeReach, type ReachResult } from "../../src/probes/probe-reach";
import { median, runTimed } from "./processes";

/** The course's basic operations, each the docker command it stands for. */
const OPS = [
  { key: "start", title: "start a container (docker run -d)" },
  { key: "network", title: "create a network (docker network create)" },
  { key: "connect", title: "connect (docker network connect)" },
  { key: "exec", title: "exec (docker exec C true)" },
  { key: "probe_pos", title: "probe, positive (ping by name, reply)" },
  { key: "probe_neg_name", title: "probe, negative (unknown name, default bridge)" },
  { key: "probe_neg_dns", title: "probe, negative (unknown name, user network DNS)" },
  { key: "probe_neg_silent", title: "probe, negative (address, no reply)" },
] as const;

type OpKey = (typeof OPS)[number]["key"];
type OpTimes = Record<OpKey, { lab: number[]; cli: number[] }>;
export interface OpMedians {
  key: OpKey;
  title: string;
  lab: number;
  cli: number;
}

const SCRIPT = path.join(__dirname, "cli-ops.sh");

/** What each probe must find, on both sides, for the timings to compare like with like. */
const EXPECTED_EXIT: Partial<Record<OpKey, number>> = { probe_pos: 0, probe_neg_name: 1, probe_neg_dns: 1, probe_neg_silent: 1 };

/**
 * Times each operation through the Lab and through the docker CLI (a bash script), in the same run:
 * `warmup` rounds first (not counted), then `rounds` rounds, Lab and CLI interleaved and taking turns
 * to go first, so that noise on this shared machine falls on both alike. Returns the medians.
 */
export async function measureOps(
  image: string,
  rounds: number,
  warmup: number,
  log: (line: string) => void,
): Promise<{ medians: OpMedians[]; unexpected: string[] }> {
  const run = currentRun();
  const cliEnv = {
    ...process.env,
    NL_PREFIX: `nl-${run.runId}-cli`,
    NL_IMAGE: image,
    NL_RUN: run.runId,
    NL_PID: String(run.ownerPid),
    NL_HOST: run.host,
    NL_CREATED: new Date().toISOString(),
  };
  const cli = (args: string[]) => runTimed("bash", [SCRIPT, ...args], { cwd: __dirname, env: cliEnv });

  // The probes' fixture on both sides: p1 and p2 on a user-defined network, q on the default bridge.
  const fixture = new Lab();
  await fixture.createNetwork("pnet");
  await Promise.all([fixture.run("p1", { network: "pnet" }), fixture.run("p2", { network: "pnet" }), fixture.run("q")]);
  const labSilent = await fixture.container("p2").ip("pnet");
  const setup = await cli(["setup"]);
  const cliSilent = setup.output.trim().split("\n").pop() ?? "";
  if (setup.code !== 0 || !labSilent || !/^\d+\.\d+\.\d+\.\d+$/.test(cliSilent)) {
    throw new Error(`bench: the probe fixture could not be set up:\n${setup.output}`);
  }

  const times = Object.fromEntries(OPS.map((op) => [op.key, { lab: [], cli: [] }])) as unknown as OpTimes;
  // A probe that found the other outcome (the engine's isolation rules racing with other runs'
  // network changes) timed something else: its sample is left out, and said.
  const unexpected: string[] = [];
  for (let round = 0; round < warmup + rounds; round++) {
    const counted = round >= warmup;
    const labRound = async () => {
      const { ms, wrong } = await labOps(fixture, labSilent);
      for (const key of wrong) unexpected.push(`Lab ${key} (round ${round + 1}) gave the other outcome`);
      if (counted) for (const op of OPS) if (!wrong.includes(op.key)) times[op.key].lab.push(ms[op.key]);
    };
    const cliRound = async () => {
      const result = await cli(["round", String(round), cliSilent]);
      for (const line of result.output.trim().split("\n")) {
        const [key, ms, code] = line.split(" ") as [OpKey, string, string];
        const expected = EXPECTED_EXIT[key] ?? 0;
        if (EXPECTED_EXIT[key] === undefined && Number(code) !== expected) throw new Error(`bench: docker CLI step "${key}" exited ${code}:\n${result.output}`);
        if (Number(code) !== expected) unexpected.push(`docker CLI ${key} (round ${round + 1}) exited ${code}`);
        else if (counted) times[key].cli.push(Number(ms));
      }
    };
    // Even rounds: Lab first; odd rounds: CLI first.
    if (round % 2 === 0) await labRound().then(cliRound);
    else await cliRound().then(labRound);
    log(`  round ${round + 1}/${warmup + rounds}${counted ? "" : " (warm-up)"}`);
  }
  await fixture.dispose();
  const medians = OPS.map((op) => ({ key: op.key, title: op.title, lab: median(times[op.key].lab), cli: median(times[op.key].cli) }));
  return { medians, unexpected };
}

/** One round through the Lab: the same steps as `cli-ops.sh round`, each timed on its own. */
async function labOps(fixture: Lab, silentTarget: string): Promise<{ ms: Record<OpKey, number>; wrong: OpKey[] }> {
  const lab = new Lab();
  const timed = async <T>(step: () => Promise<T>): Promise<[number, T]> => {
    const start = performance.now();
    const value = await step();
    return [performance.now() - start, value];
  };
  const wrong: OpKey[] = [];
  const check = (key: OpKey, r: ReachResult) => {
    if ((r.resolved && r.replied ? 0 : 1) !== EXPECTED_EXIT[key]) wrong.push(key);
  };
  try {
    const [start] = await timed(() => lab.run("r"));
    const [network] = await timed(() => lab.createNetwork("n"));
    const [connect] = await timed(() => lab.connect("n", "r"));
    const [exec] = await timed(() => lab.exec("r", ["true"]));
    const [probePos, pos] = await timed(() => probeReach(fixture.container("p1"), "p2"));
    const [probeNegName, negName] = await timed(() => probeReach(fixture.container("q"), "p2"));
    // q is not on pnet: the embedded DNS does not know it, and its forward ends on loopback.
    const [probeNegDns, negDns] = await timed(() => probeReach(fixture.container("p1"), "q"));
    const [probeNegSilent, negSilent] = await timed(() => probeReach(fixture.container("q"), silentTarget));
    check("probe_pos", pos);
    check("probe_neg_name", negName);
    check("probe_neg_dns", negDns);
    check("probe_neg_silent", negSilent);
    return { ms: { start, network, connect, exec, probe_pos: probePos, probe_neg_name: probeNegName, probe_neg_dns: probeNegDns, probe_neg_silent: probeNegSilent }, wrong };
  } finally {
    await lab.dispose();
  }
}
