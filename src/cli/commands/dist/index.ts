import fs from "node:fs";
import path from "node:path";
import { CATALOGUE_PATH, loadCatalogue } from "../../../course/catalogue";
import { DistError, makeDist } from "../../../grading/dist/make-dist";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type Command } from "../../command";

const usage = `Usage: netlab dist DIR [--gradescope [--extra-tests DIR]]

Writes a starter repository for learners to DIR (new or empty): the exercises as stubs, the docs,
the course tests and the framework, and a GitHub Classroom workflow (.github/workflows/classroom.yml)
with one autograding step per exercise, worth its points. Never solutions/, never hidden tests.
Refuses when an exercise file equals its solution. Learners run \`npm install\` then \`npm test\`.

Options:
  --gradescope        write Gradescope's autograder instead: the same files plus setup.sh and
                      run_autograder at the top; zip the folder's content (\`cd DIR && zip -r ../autograder.zip .\`)
  --extra-tests DIR   with --gradescope: hidden tests, copied to hidden-tests/ and graded there

Exit codes: 0 written; 2 wrong arguments or DIR not empty; 1 the result failed its structure check.`;

export const distCommand: Command = {
  name: "dist",
  summary: "write the learners' starter repository (stubs, docs, tests, GitHub Classroom workflow; no solutions)",
  usage,
  async run(ctx) {
    // `--gradescope` takes no value: in `dist --gradescope DIR` the folder is the one meant.
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
  },
};
