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
import { onInterrupt } from "../../../async/on-interrupt";
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
  // Ctrl-C (or SIGTERM) while it builds removes everything, then ends with 130.
  const releaseBuild = onInterrupt(teardown);

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
    releaseBuild();
    throw err;
  }
  step.stop();
  if (topology.containers.length === 0) {
    stdout(t("cliExploreNothing", { id: exercise.id, source }));
    await teardown();
    releaseBuild();
    return EXIT.failed;
  }

  const outDir = path.resolve(cwd, typeof flags.out === "string" ? flags.out : EXPLORE_DIR);
  report(ctx, exercise.id, source, run.runId, topology, image, outDir);
  if (flags.once) {
    await teardown();
    releaseBuild();
    return EXIT.ok;
  }
  const first = topology.containers[0];
  stdout("");
  stdout(t("cliExploreLeftRunning", { example: first ? `docker exec -it ${first.realName} ip addr` : "docker ps" }));
  releaseBuild();
  await untilInterrupted(teardown);
  return EXIT.ok;
}

/** Keeps explore running until Ctrl-C (or SIGTERM), which removes everything and ends the wait. */
function untilInterrupted(teardown: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const keepAlive = setInterval(() => undefined, 1 << 30);
    const release = onInterrupt(
      () =>
        teardown().finally(() => {
          clearInterval(keepAlive);
          release();
          resolve();
        }),
      { exit: false },
    );
  });
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
