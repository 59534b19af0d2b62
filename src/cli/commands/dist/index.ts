import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_PATH, loadCatalogue } from "../../../course/catalogue";
import { DistError, makeDist } from "../../../grading/dist/make-dist";
import { writeGraderWorkflow } from "./write-grader-workflow";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";

export async function run(ctx: CommandContext): Promise<number> {
  if (ctx.flags["grader-workflow"] !== undefined || ctx.flags.roster !== undefined) return writeGraderWorkflow(ctx);
  // `--gradescope` is a switch (`dist --gradescope DIR`); `--gradescope=DIR` names the folder too, `--gradescope=false` turns it off.
  const flag = ctx.flags.gradescope;
  const target = ctx.args[0] ?? (typeof flag === "string" && flag !== "true" ? flag : undefined);
  const gradescope = flag !== undefined && flag !== "false";
  if (!target) throw new ExitError(EXIT.usage, t("distNeedDir", {}));
  const extra = ctx.flags["extra-tests"];
  if (extra !== undefined && (typeof extra !== "string" || !fs.statSync(path.resolve(extra), { throwIfNoEntry: false })?.isDirectory())) {
    throw new ExitError(EXIT.usage, t("gradeNoSuchDir", { what: "--extra-tests", path: String(extra) }));
  }
  if (extra !== undefined && !gradescope) throw new ExitError(EXIT.usage, t("distExtraNeedsGradescope", {}));
  const own = path.join(ctx.cwd, "src", "course", "catalogue.json");
  const course = loadCatalogue(fs.existsSync(own) ? own : CATALOGUE_PATH);
  const dir = path.resolve(target);
  try {
    const result = makeDist({ root: ctx.cwd, dir, course, gradescope, extraTests: typeof extra === "string" ? extra : undefined });
    ctx.stdout(gradescope ? t("distWroteGradescope", { dir, ...result }) : t("distWrote", { dir, ...result }));
    return EXIT.ok;
  } catch (err) {
    if (err instanceof DistError) throw new ExitError(err.kind === "broken" ? EXIT.failed : EXIT.usage, err.message);
    throw err;
  }
}
