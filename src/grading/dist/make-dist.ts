import fs from "node:fs";
import path from "node:path";
import type { Course } from "../../course/catalogue";
import { t } from "../../messages/translate";
import { classroomWorkflow } from "./classroom-workflow";
import { checkDist } from "./check-dist";
import { learnerLockfile, learnerPackageJson } from "./learner-package";
import { markdownForLearners } from "./markdown-for-learners";
import { listTs } from "../../course/list-ts";

/**
 * Never shipped: the answers, dependencies, the grader's own acceptance tests (built from the
 * answers), the mutation suite (wrong solutions a step from the answers). Dot-entries stay behind too
 * (the course's own CI, git), except .gitignore and .npmrc (npx installs nothing it does not find:
 * a learner's `npx netlab` before `npm install` never runs a stranger's package); the learners' CI is the Classroom workflow written
 * here. Nor the maintainers' tools and tests, whose packages the learners' package.json does not hold
 * (learner-package.ts): src/dev (selftest, mutants, docs and layer checks), the unit tests beside the
 * code (*.test.ts in src/, their snapshots), the CLI and framework suites, the benchmark and other
 * measurements, the engine matrix, the lint and knip configs. A learner's copy runs the course's
 * tests (test/ch*) and the CLI; everything it ships, it can run.
 */
const LEAVE = new Set([
  ...["solutions", "node_modules", "coverage", "tmp", "test/grading", "test/mutants", "docs/mutants.md", "docs/architecture.md"],
  ...["src/dev", "test/cli", "test/framework", "__snapshots__", "src/grading/test-support", "eslint.config.mjs", "knip.ts"],
  ...["scripts/bench.ts", "scripts/bench", "scripts/measure-grading.ts", "scripts/measure-sandbox.ts", "scripts/measure-watch.ts", "scripts/engines.ts", "scripts/engines", "docs/performance.md"],
]);
/** A unit test beside the code: the maintainers' (a learner's `npm test` runs the course's tests only). */
const isUnitTest = (rel: string) => rel.startsWith("src/") && rel.endsWith(".test.ts");
const KEEP_DOTTED = new Set([".gitignore", ".npmrc"]);

export interface DistOptions {
  root: string;
  dir: string;
  course: Course;
  /** Also write Gradescope's setup.sh and run_autograder at the top: the folder is the autograder zip's content. */
  gradescope?: boolean;
  /** Hidden tests: copied to hidden-tests/ for Gradescope only, never into a learners' repository. */
  extraTests?: string;
}

export interface DistResult {
  files: number;
  exercises: number;
  points: number;
  /** Hidden test files copied (--gradescope only). */
  hidden: number;
}

/**
 * Writes a starter repository for learners: the exercises as stubs, docs, the course tests and the
 * framework, a GitHub Classroom workflow; no solutions/ and no hidden tests. Markdown pages leave out
 * their solution links and the parts marked for maintainers (markdownForLearners). Refuses to ship an
 * exercise file that equals its solution, and checks the result's structure before returning.
 */
export function makeDist(options: DistOptions): DistResult {
  const root = path.resolve(options.root);
  const dir = path.resolve(options.dir);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) throw new DistError(t("distNotEmpty", { dir }));
  const solved = options.course.exercises
    .map((e) => e.file)
    .filter((f) => {
      const [stub, answer] = ["exercises", "solutions"].map((d) => path.join(root, d, f));
      return fs.existsSync(stub as string) && fs.existsSync(answer as string) && fs.readFileSync(stub as string, "utf8") === fs.readFileSync(answer as string, "utf8");
    });
  if (solved.length > 0) throw new DistError(t("distSolvedStub", { files: solved.map((f) => `exercises/${f}`).join(", ") }));

  let files = 0;
  const copy = (from: string, rel: string) => {
    const name = path.basename(from);
    if (path.resolve(from) === dir) return; // `netlab dist ./starter` from inside the project
    if (LEAVE.has(rel) || LEAVE.has(name) || isUnitTest(rel) || (name.startsWith(".") && !KEEP_DOTTED.has(name)) || name.endsWith(".log")) return;
    const stat = fs.lstatSync(from);
    if (stat.isSymbolicLink()) return;
    const to = path.join(dir, rel);
    if (stat.isDirectory()) {
      for (const name of fs.readdirSync(from).sort()) copy(path.join(from, name), path.posix.join(rel, name));
    } else {
      fs.mkdirSync(path.dirname(to), { recursive: true });
      // Markdown loses what only the maintainers' repository has: solution links, selftest sections.
      if (name.endsWith(".md")) fs.writeFileSync(to, markdownForLearners(rel, fs.readFileSync(from, "utf8")));
      else fs.copyFileSync(from, to);
      fs.chmodSync(to, stat.mode);
      files += 1;
    }
  };
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(root).sort()) copy(path.join(root, entry), entry);

  // Without solutions/, type checks and the maintainer's selftest point at what learners have.
  rewriteJson(path.join(dir, "tsconfig.json"), (tsconfig) => {
    const options = tsconfig.compilerOptions as { paths?: Record<string, string[]> } | undefined;
    if (options?.paths?.["@target/*"]) options.paths["@target/*"] = ["exercises/*"];
    if (Array.isArray(tsconfig.include)) tsconfig.include = (tsconfig.include as string[]).filter((i) => i !== "solutions");
  });
  rewriteJson(path.join(dir, "package.json"), learnerPackageJson);
  rewriteJson(path.join(dir, "package-lock.json"), learnerLockfile);
  const workflow = path.join(dir, ".github", "workflows", "classroom.yml");
  fs.mkdirSync(path.dirname(workflow), { recursive: true });
  fs.writeFileSync(workflow, classroomWorkflow(options.course));
  files += 1;

  const hidden = options.gradescope ? addGradescope(dir, options.extraTests) : 0;
  files += options.gradescope ? 2 + hidden : 0;
  const problems = checkDist(dir, options.course, { gradescope: options.gradescope });
  if (problems.length > 0) throw new DistError(t("distBroken", { problems: problems.map((p) => `- ${p}`).join("\n") }), "broken");
  return { files, hidden, exercises: options.course.exercises.length, points: options.course.exercises.reduce((n, e) => n + e.points, 0) };
}

/** setup.sh and run_autograder at the top, hidden tests in hidden-tests/; returns how many hidden test files. */
function addGradescope(dir: string, extraTests: string | undefined): number {
  const templates = path.join(__dirname, "..", "templates", "gradescope");
  for (const name of ["setup.sh", "run_autograder"]) {
    fs.copyFileSync(path.join(templates, name), path.join(dir, name));
    fs.chmodSync(path.join(dir, name), 0o755);
  }
  if (!extraTests) return 0;
  const hidden = path.join(dir, "hidden-tests");
  const tests = listTs(path.resolve(extraTests)).filter((f) => !f.startsWith("node_modules/"));
  for (const rel of tests) {
    fs.mkdirSync(path.dirname(path.join(hidden, rel)), { recursive: true });
    fs.copyFileSync(path.join(path.resolve(extraTests), rel), path.join(hidden, rel));
  }
  return tests.length;
}

function rewriteJson(file: string, edit: (value: Record<string, unknown>) => void): void {
  if (!fs.existsSync(file)) return;
  const value = JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>;
  edit(value);
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** Why the starter repository was not written (refused: nothing written) or is not right (broken). */
export class DistError extends Error {
  constructor(
    message: string,
    readonly kind: "refused" | "broken" = "refused",
  ) {
    super(message);
    this.name = "DistError";
  }
}
