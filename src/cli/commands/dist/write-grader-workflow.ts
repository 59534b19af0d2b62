import fs from "node:fs";
import path from "node:path";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { t } from "../../../messages/translate";
import { RosterError, readRoster } from "../../../grading/class/roster";
import { graderWorkflow, rosterChunks, TOKEN_SECRET } from "../../../grading/dist/grader-workflow";

/** Where the workflow goes in the instructor's repository. */
const GRADER_WORKFLOW_PATH = ".github/workflows/netlab-grade-class.yml";

/**
 * `netlab dist --grader-workflow REPO --roster FILE [--extra-tests DIR]`: reads and checks the
 * roster, then writes (or rewrites: the roster changed) the instructor's grading workflow.
 * The roster and the hidden tests must be inside REPO, where the workflow finds them.
 */
export function writeGraderWorkflow(ctx: CommandContext): number {
  const flag = ctx.flags["grader-workflow"];
  if (ctx.args.length > 0 || ctx.flags.gradescope !== undefined || typeof flag !== "string") throw new ExitError(EXIT.usage, t("distGraderAlone", {}));
  const repo = path.resolve(flag);
  if (!fs.statSync(repo, { throwIfNoEntry: false })?.isDirectory()) throw new ExitError(EXIT.usage, t("gradeNoSuchDir", { what: "--grader-workflow", path: flag }));
  if (typeof ctx.flags.roster !== "string") throw new ExitError(EXIT.usage, t("distGraderNeedsRoster", {}));
  const inside = (what: string, value: string) => {
    const rel = path.relative(repo, path.resolve(value));
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) throw new ExitError(EXIT.usage, t("distGraderNotInside", { what, path: value, dir: repo }));
    return rel.split(path.sep).join("/");
  };
  const rosterPath = inside("--roster", ctx.flags.roster);
  const extra = ctx.flags["extra-tests"];
  if (extra !== undefined && (typeof extra !== "string" || !fs.statSync(path.resolve(extra), { throwIfNoEntry: false })?.isDirectory())) {
    throw new ExitError(EXIT.usage, t("gradeNoSuchDir", { what: "--extra-tests", path: String(extra) }));
  }
  const extraTests = typeof extra === "string" ? inside("--extra-tests", extra) : undefined;
  let roster;
  try {
    roster = readRoster(path.resolve(ctx.flags.roster));
  } catch (err) {
    if (err instanceof RosterError) throw new ExitError(EXIT.usage, err.message);
    throw err;
  }
  const file = path.join(repo, GRADER_WORKFLOW_PATH);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, graderWorkflow({ roster, rosterPath, extraTests }));
  ctx.stdout(t("distWroteGraderWorkflow", { file, students: roster.length, chunks: rosterChunks(roster).length, secret: TOKEN_SECRET }));
  return EXIT.ok;
}
