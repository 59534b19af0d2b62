import { engineDown, engineUp, ENGINES, isEngine, type EngineName } from "./engines/control";
import { runCourse } from "./engines/course";
import { recordFixtures } from "./engines/fixtures";
import { leftovers } from "./engines/leftovers";
import { details, failed, matrix, summaryLine, type EngineResult } from "./engines/report";
import { log, seconds } from "./engines/shell";

/**
 * `npm run engines -- rootful rootless podman [--fixtures]`: the course on the solutions and on the
 * stubs against each named engine in turn, each brought up by scripts/engines/<name>.sh (and
 * stopped afterwards if this run started it). Prints exercise × engine, one line per engine, and
 * every failing solution test with the first lines of its message. Exit 1 when a solution test
 * failed, a stub test passed, or a run left anything labelled netlab.run on an engine.
 * --fixtures also records the engine's API answers under src/runtime/fixtures/.
 */
async function forEngine(engine: EngineName, fixtures: boolean): Promise<EngineResult> {
  const started = performance.now();
  const result: EngineResult = { engine, ms: 0, problems: [] };
  log(`${engine}: bringing it up...`);
  let up;
  try {
    up = await engineUp(engine);
  } catch (err) {
    result.problems.push(err instanceof Error ? err.message : String(err));
    result.ms = performance.now() - started;
    return result;
  }
  log(`${engine}: ${up.wasUp ? "already up" : "up"} at ${up.dockerHost}`);
  try {
    result.solutions = await runCourse(engine, up.dockerHost, "solutions");
    log(`${engine}: solutions done in ${seconds(result.solutions.ms)}`);
    result.stubs = await runCourse(engine, up.dockerHost, "exercises");
    log(`${engine}: stubs done in ${seconds(result.stubs.ms)}`);
    if (fixtures) await recordFixtures(engine, up.dockerHost).catch((err: unknown) => result.problems.push(`fixtures: ${String(err)}`));
    const left = await leftovers(up.dockerHost).catch((err: unknown) => [`(could not list: ${String(err)})`]);
    if (left.length > 0) {
      result.problems.push(`left labelled netlab.run:\n${left.map((l) => `    ${l}`).join("\n")}`);
      log(`${engine}: LEFT BEHIND (labelled netlab.run):\n${left.map((l) => `  ${l}`).join("\n")}`);
    }
  } finally {
    if (up.wasUp) log(`${engine}: was up before this run: left running`);
    else if (!(await engineDown(engine))) result.problems.push("did not stop cleanly");
  }
  result.ms = performance.now() - started;
  return result;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const fixtures = args.includes("--fixtures");
  const names = args.filter((a) => !a.startsWith("--"));
  const unknown = names.filter((n) => !isEngine(n));
  if (names.length === 0 || unknown.length > 0) {
    log(`usage: npm run engines -- ${ENGINES.join(" ")} [--fixtures]${unknown.length ? `\nunknown: ${unknown.join(", ")}` : ""}`);
    return 2;
  }
  const results: EngineResult[] = [];
  for (const name of names as EngineName[]) results.push(await forEngine(name, fixtures));

  console.log(`\nSolutions, exercise × engine:\n\n${matrix(results)}\n`);
  for (const r of results) console.log(summaryLine(r));
  const problems = results.flatMap(details);
  if (problems.length > 0) console.log(`\n${problems.join("\n\n")}`);
  return results.some(failed) ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);
