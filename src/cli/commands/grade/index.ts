import fs from "node:fs";
import path from "node:path";
import { loadProjectCatalogue } from "../../../course/catalogue";
import { parseShard, shardOf } from "../../../grading/class/shard";
import { isStopping, stopAllRuns } from "../../../grading/runner/stop-signal";
import { t } from "../../../messages/translate";
import { progressLine } from "../../../report/progress-line";
import { VISIBILITIES, type Visibility } from "../../../report/results-json";
import { summaryTable } from "../../../report/summary-table";
import { engineDownError, probeEngine } from "../../../runtime/probe-engine";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { onInterrupt } from "../../../async/on-interrupt";
import { DEFAULT_TIMEOUT_SECONDS } from "./spec";

/** A flag with a default (spec.ts), so always there: a whole number from 1 up. */
function positive(ctx: CommandContext, flag: string, example: string): number {
  const raw = ctx.flags[flag];
  const value = Number(raw);
  if (typeof raw !== "string" || !Number.isInteger(value) || value < 1) throw new ExitError(EXIT.usage, t("gradeBadNumber", { flag, value: String(raw), example }));
  return value;
}

function folder(what: string, value: string | boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  const dir = path.resolve(String(value));
  if (typeof value !== "string" || !fs.statSync(dir, { throwIfNoEntry: false })?.isDirectory()) throw new ExitError(EXIT.usage, t("gradeNoSuchDir", { what, path: String(value) }));
  return dir;
}

/** Reads and checks every argument before anything runs: a wrong one costs nothing. */
function readOptions(ctx: CommandContext) {
  if (ctx.args.length === 0) throw new ExitError(EXIT.usage, t("gradeNeedSubmission", {}));
  if (typeof ctx.flags.out !== "string" || ctx.flags.out === "") throw new ExitError(EXIT.usage, t("gradeNeedOut", {}));
  const lang = ctx.flags.lang;
  if (lang !== undefined && lang !== "en" && lang !== "zh") throw new ExitError(EXIT.usage, t("gradeBadChoice", { flag: "lang", value: String(lang), choices: "en, zh" }));
  const visibility = ctx.flags["hidden-visibility"];
  if (!VISIBILITIES.includes(visibility as Visibility)) throw new ExitError(EXIT.usage, t("gradeBadChoice", { flag: "hidden-visibility", value: String(visibility), choices: VISIBILITIES.join(", ") }));
  const submissions = ctx.args.map((arg) => folder("The submission", arg) as string);
  const byName = new Map<string, string[]>();
  for (const s of submissions) byName.set(path.basename(s), [...(byName.get(path.basename(s)) ?? []), s]);
  for (const [name, paths] of byName) if (paths.length > 1) throw new ExitError(EXIT.usage, t("gradeSameName", { name, paths: paths.join(", ") }));
  // A shard is a selection of the submissions given, before the batch starts (class/shard.ts).
  const shard = ctx.flags.shard === undefined ? undefined : parseShard(String(ctx.flags.shard));
  if (ctx.flags.shard !== undefined && !shard) throw new ExitError(EXIT.usage, t("gradeBadShard", { value: String(ctx.flags.shard) }));
  const only = typeof ctx.flags.exercises === "string" ? ctx.flags.exercises.split(",").map((s) => s.trim()).filter(Boolean) : undefined;
  if (ctx.flags.exercises !== undefined) {
    const known = loadProjectCatalogue(ctx.cwd).exercises.map((e) => e.id);
    const unknown = only?.length ? only.filter((id) => !known.includes(id)) : [String(ctx.flags.exercises === true ? "" : ctx.flags.exercises)];
    if (unknown.length > 0) throw new ExitError(EXIT.usage, t("gradeUnknownExercises", { ids: unknown.map((id) => `"${id}"`).join(", "), known: known.join(", ") }));
  }
  return {
    submissions: shard ? shardOf(submissions, shard, (s) => path.basename(s)) : submissions,
    shard: shard && { ...shard, total: submissions.length },
    out: path.resolve(ctx.flags.out),
    jobs: positive(ctx, "jobs", "2"),
    timeoutSeconds: positive(ctx, "timeout", String(DEFAULT_TIMEOUT_SECONDS)),
    workers: positive(ctx, "workers", "4"),
    extraTests: folder("--extra-tests", ctx.flags["extra-tests"]),
    hiddenVisibility: visibility as Visibility,
    only,
    lang: lang as "en" | "zh" | undefined,
    keep: ctx.flags.keep === true,
    inProcess: ctx.flags["in-process"] === true,
  };
}

export async function run(ctx: CommandContext): Promise<number> {
  const { shard, ...options } = readOptions(ctx);
  const engine = await probeEngine();
  if (!engine.ok) throw new ExitError(EXIT.engine, engineDownError(engine).message);
  if (options.lang) process.env.NETLAB_LANG = options.lang;
  // The grader loads the engine code (testcontainers): only now, so that other commands start fast.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { gradeBatch, OutFolderError, PlanError } = require("../../../grading/grade-batch") as typeof import("../../../grading/grade-batch");

  // Ctrl-C stops every run and starts none (the batch then ends with 130); a second one ends at once.
  const release = onInterrupt(
    () => {
      ctx.stderr(t("gradeStopping", {}));
      stopAllRuns();
    },
    { exit: false },
  );
  try {
    const onStart = () => {
      if (shard) ctx.stderr(t("gradeShardOf", { shard: `${shard.index}/${shard.count}`, count: options.submissions.length, total: shard.total, first: path.basename(options.submissions[0] ?? ""), last: path.basename(options.submissions.at(-1) ?? "") }));
      ctx.stderr(t("gradeStarting", { count: options.submissions.length, jobs: options.jobs, seconds: options.timeoutSeconds }));
      ctx.stderr(progressLine(0, options.submissions.length));
    };
    const result = await gradeBatch({ ...options, root: ctx.cwd, onStart, onProgress: (done, total, grade) => ctx.stderr(progressLine(done, total, grade)) });
    if (isStopping()) return 130;
    ctx.stdout(`\n${summaryTable(result.exerciseIds, result.grades)}\n`);
    const failed = result.grades.filter((g) => !g.graded);
    for (const g of failed) ctx.stderr(t("gradeNotGraded", { name: g.name, detail: g.error ?? "" }));
    ctx.stdout(t("gradeWrote", { out: options.out, count: result.grades.length - failed.length, seconds: (result.ms / 1000).toFixed(1) }));
    if (result.keptRows?.length) ctx.stdout(t("gradeKeptRows", { count: result.keptRows.length, names: result.keptRows.join(", ") }));
    if (result.keptStage) ctx.stdout(t("gradeKeptStage", { dir: result.keptStage }));
    if (failed.length > 0) {
      ctx.stderr(t("gradeSomeNotGraded", { count: failed.length }));
      return EXIT.failed;
    }
    return EXIT.ok;
  } catch (err) {
    if (err instanceof PlanError || err instanceof OutFolderError) throw new ExitError(EXIT.usage, err.message);
    throw err;
  } finally {
    release();
  }
}
