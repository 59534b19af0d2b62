import { DUPLICATES, MergeError, mergeGradebooks, type Duplicates } from "../../../grading/class/merge-gradebooks";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";

export async function run(ctx: CommandContext): Promise<number> {
  const [action, ...dirs] = ctx.args;
  if (action !== "merge") throw new ExitError(EXIT.usage, t("mergeNeedSubcommand", { value: action ?? "" }));
  if (typeof ctx.flags.out !== "string" || ctx.flags.out === "") throw new ExitError(EXIT.usage, t("mergeNeedOut", {}));
  const duplicates = ctx.flags.duplicates;
  if (!DUPLICATES.includes(duplicates as Duplicates)) throw new ExitError(EXIT.usage, t("gradeBadChoice", { flag: "duplicates", value: String(duplicates), choices: DUPLICATES.join(", ") }));
  try {
    const result = mergeGradebooks({ out: ctx.flags.out, dirs, duplicates: duplicates as Duplicates });
    ctx.stdout(`\n${result.summary}\n`);
    for (const r of result.replaced) ctx.stderr(t("mergeReplaced", r));
    if (result.kept.length > 0) ctx.stdout(t("gradeKeptRows", { count: result.kept.length, names: result.kept.join(", ") }));
    ctx.stdout(t("mergeWrote", { out: ctx.flags.out, rows: result.rows, dirs: dirs.length }));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof MergeError) throw new ExitError(EXIT.usage, err.message);
    throw err;
  }
}
