import path from "node:path";
import { fetchSubmissions } from "../../../grading/class/fetch-submissions";
import { RosterError, readRoster } from "../../../grading/class/roster";
import { parseShard, shardOf } from "../../../grading/class/shard";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { DEFAULT_FETCH_JOBS, DEFAULT_GIT_TIMEOUT } from "./spec";

export async function run(ctx: CommandContext): Promise<number> {
  const [action, file] = ctx.args;
  if (action !== "check" && action !== "fetch") throw new ExitError(EXIT.usage, t("rosterNeedAction", { value: action ?? "" }));
  if (!file) throw new ExitError(EXIT.usage, t("rosterNeedFile", {}));
  // Flags with a default (spec.ts), so always there.
  const number = (flag: string, example: number) => {
    const raw = ctx.flags[flag];
    if (typeof raw !== "string" || !/^[1-9]\d*$/.test(raw)) throw new ExitError(EXIT.usage, t("gradeBadNumber", { flag, value: String(raw), example: String(example) }));
    return Number(raw);
  };
  const timeoutSeconds = number("timeout", DEFAULT_GIT_TIMEOUT);
  const jobs = number("jobs", DEFAULT_FETCH_JOBS);
  const shardFlag = ctx.flags.shard;
  const shard = shardFlag === undefined ? undefined : parseShard(String(shardFlag));
  if (shardFlag !== undefined && !shard) throw new ExitError(EXIT.usage, t("gradeBadShard", { value: String(shardFlag) }));
  if (action === "fetch" && (typeof ctx.flags.into !== "string" || ctx.flags.into === "")) throw new ExitError(EXIT.usage, t("rosterNeedInto", {}));
  let roster;
  try {
    roster = readRoster(path.resolve(file));
  } catch (err) {
    if (err instanceof RosterError) throw new ExitError(EXIT.usage, err.message);
    throw err;
  }
  const entries = shard ? shardOf(roster, shard, (e) => e.student) : roster;
  if (action === "check") {
    ctx.stdout(t("rosterOk", { file, count: roster.length, commits: roster.filter((e) => e.commit).length, deadlines: roster.filter((e) => e.deadline).length }));
    return EXIT.ok;
  }
  const into = path.resolve(String(ctx.flags.into));
  const token = process.env.NETLAB_GIT_TOKEN || undefined;
  const results = await fetchSubmissions(entries, { into, timeoutSeconds, jobs, token }, (f) =>
    f.commit ? ctx.stderr(t("rosterFetchedOne", { student: f.student, commit: f.commit })) : ctx.stderr(t("rosterFetchFailed", { student: f.student, error: f.error ?? "" })),
  );
  const failed = results.filter((r) => !r.commit).length;
  ctx.stdout(t("rosterFetchDone", { count: results.length, failed, into }));
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
