import fs from "node:fs";
import path from "node:path";
import { isHostViewHelper, LABELS, startRun } from "../../../lab/run-identity";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { requireEngine } from "../../check/check-exercise";
import { loadCourse, resolveExercise } from "../../course/exercises";
import { loadCourseTest, runSetUp } from "../../explore/course-test-loader";
import { toMermaid } from "../../explore/mermaid";
import { readTopology } from "../../explore/read-topology";
import { toSvg } from "../../explore/svg";
import { dockerEquivalent, type Topology } from "../../explore/topology";
import { heavy } from "../../heavy";
import { loadProgress } from "../../state/progress-store";
import { spinnerStream, startStep } from "../../ui/progress";


/** Where the drawings go, unless --out says otherwise. */
export const EXPLORE_DIR = path.join(".netlab", "explore");

/**
 * `netlab explore <id> [--mine] [--once] [--out DIR]`: builds an exercise's topology (the reference
 * solution's, or the learner's with --mine) exactly as its test does, and leaves it running for
 * hands-on poking: `docker exec` lines, the docker CLI equivalent, and a drawing (Mermaid and SVG).
 * Ctrl-C removes it all; --once builds, prints, draws and removes at once.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const { cwd, args, flags, stdout } = ctx;
  if (!args[0]) throw new ExitError(EXIT.usage, t("cliMissingId", { command: "explore" }));
  const exercise = resolveExercise(loadCourse(), args[0], loadProgress(cwd), "explore");
  // A learners' repository (netlab dist) has no solutions/: there, explore shows the learner's own topology.
  const noSolutions = !flags.mine && !fs.existsSync(path.join(cwd, "solutions"));
  const target = flags.mine || noSolutions ? "exercises" : "solutions";
  const source = `${target}/${exercise.file}`;
  if (!fs.existsSync(path.join(cwd, source))) throw new ExitError(EXIT.failed, t("cliExploreNoSource", { file: source, id: exercise.id }));
  if (noSolutions) stdout(t("cliExploreNoSolutions", {}));
  await requireEngine();

  await heavy.engine().getEngine();
  const run = startRun();
  await heavy.reaper().reapOrphans(run.host);
  let removing: Promise<void> | undefined;
  const teardown = () =>
    (removing ??= heavy
      .teardown()
      .removeLabelled([`${LABELS.run}=${run.runId}`])
      .then((removed) => {
        // Only the exercise's topology counts, as in "Built ..." and "started no container": netlab's own
        // host-view helpers (explore's, and any a test's set-up started) are tooling.
        const containers = removed.containers.filter((name) => !isHostViewHelper(run, name)).length;
        if (containers + removed.networks.length > 0) stdout(t("cliExploreRemoved", { containers, networks: removed.networks.length }));
      }));
  const interrupt = interruptible(teardown);

  const step = startStep(t("cliExploreBuilding", { id: exercise.id, source }), { line: stdout, tty: spinnerStream() });
  let topology: Topology;
  let image: string;
  try {
    image = (await heavy.labImage().ensureLabImage((line) => step.update(line))).name;
    // useExercise guards the learner's code (--mine) against a loop that would hang explore past Ctrl-C.
    await runSetUp(loadCourseTest(cwd, exercise.test, target));
    const host = await new (heavy.lab().Lab)().hostView();
    topology = await readTopology(run.runId, new Map((await host.interfaces()).map((i) => [i.index, i])));
  } catch (err) {
    step.stop();
    await teardown();
    interrupt.release();
    throw err;
  }
  step.stop();
  if (topology.containers.length === 0) {
    stdout(t("cliExploreNothing", { id: exercise.id, source }));
    await teardown();
    interrupt.release();
    return EXIT.failed;
  }

  const outDir = path.resolve(cwd, typeof flags.out === "string" ? flags.out : EXPLORE_DIR);
  report(ctx, exercise.id, source, run.runId, topology, image, outDir);
  if (flags.once) {
    await teardown();
    interrupt.release();
    return EXIT.ok;
  }
  const first = topology.containers[0];
  stdout("");
  stdout(t("cliExploreLeftRunning", { example: first ? `docker exec -it ${first.realName} ip addr` : "docker ps" }));
  await interrupt.wait();
  return EXIT.ok;
}

/**
 * Ctrl-C (or SIGTERM) removes everything: while building, then ends with 130; while waiting, ends
 * the wait. A second Ctrl-C ends at once.
 */
function interruptible(teardown: () => Promise<void>): { wait: () => Promise<void>; release: () => void } {
  let waiting: (() => void) | undefined;
  let count = 0;
  const handler = () => {
    count += 1;
    if (count > 1) process.exit(130);
    void teardown().finally(() => (waiting ? waiting() : process.exit(130)));
  };
  const release = () => {
    process.off("SIGINT", handler);
    process.off("SIGTERM", handler);
  };
  process.on("SIGINT", handler);
  process.on("SIGTERM", handler);
  const wait = () =>
    new Promise<void>((resolve) => {
      const keepAlive = setInterval(() => undefined, 1 << 30);
      waiting = () => {
        clearInterval(keepAlive);
        release();
        resolve();
      };
    });
  return { wait, release };
}

function report(ctx: CommandContext, id: string, source: string, runId: string, topology: Topology, image: string, outDir: string): void {
  const { stdout, cwd } = ctx;
  const networks = topology.networks.filter((n) => !n.builtin).length;
  stdout(t("cliExploreBuilt", { id, source, runId, containers: topology.containers.length, networks }));
  stdout("");
  stdout(t("cliExploreContainers", {}));
  for (const c of topology.containers) {
    const where = c.endpoints.map((e) => `${e.ip ?? e.network} (${e.network}${e.iface ? `, ${e.iface}${e.hostVeth ? ` ⇄ ${e.hostVeth}` : ""}` : ""})`).join(", ");
    stdout(`  ${c.name}  ${where || c.networkMode}${c.state === "running" ? "" : `  [${c.state}]`}`);
    if (c.state === "running") stdout(`      docker exec -it ${c.realName} sh`);
    else stdout(`      docker logs ${c.realName}`);
  }
  stdout("");
  stdout(t("cliExploreDocker", {}));
  for (const line of dockerEquivalent(topology, image)) stdout(`  ${line}`);

  const mermaid = toMermaid(topology);
  fs.mkdirSync(outDir, { recursive: true });
  const mmd = path.join(outDir, `${id}.mmd`);
  const svg = path.join(outDir, `${id}.svg`);
  fs.writeFileSync(mmd, mermaid);
  fs.writeFileSync(svg, toSvg(topology, `netlab explore ${id} (${source})`));
  stdout("");
  stdout(t("cliExploreDrawn", { mmd: path.relative(cwd, mmd) || mmd, svg: path.relative(cwd, svg) || svg }));
  stdout("");
  stdout("```mermaid");
  stdout(mermaid.trimEnd());
  stdout("```");
}
