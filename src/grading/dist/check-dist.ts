import fs from "node:fs";
import path from "node:path";
import type { Course } from "../../course/catalogue";
import { listTs } from "../../course/list-ts";
import { scanSource } from "../import-scan";
import { checkLearnerMarkdown } from "./check-learner-markdown";

/**
 * The structure a starter repository must have: every exercise's stub and test, no solutions/,
 * no hidden tests, no test or config that loads from solutions/, no README.md or docs/ page that
 * links to solutions/ or says to run a script package.json lacks, and a Classroom step for every exercise.
 * Returns the problems; [] means learners can start.
 */
export function checkDist(dir: string, course: Course, options: { gradescope?: boolean } = {}): string[] {
  const problems: string[] = [];
  if (fs.existsSync(path.join(dir, "solutions"))) problems.push("solutions/ is in the starter repository");
  if (!options.gradescope && fs.existsSync(path.join(dir, "hidden-tests"))) problems.push("hidden-tests/ is in the starter repository");
  for (const e of course.exercises) {
    if (!fs.existsSync(path.join(dir, "exercises", e.file))) problems.push(`${e.id}: exercises/${e.file} is missing`);
    if (!fs.existsSync(path.join(dir, e.test))) problems.push(`${e.id}: ${e.test} is missing`);
  }
  const tsconfig = fs.existsSync(path.join(dir, "tsconfig.json")) ? fs.readFileSync(path.join(dir, "tsconfig.json"), "utf8") : "";
  if (tsconfig.includes("solutions")) problems.push("tsconfig.json still refers to solutions/");
  for (const rel of listTs(path.join(dir, "test"))) {
    const { imports } = scanSource(fs.readFileSync(path.join(dir, "test", rel), "utf8"), rel);
    const found = imports.find((i) => i.specifier && /(^|\/)solutions(\/|$)/.test(i.specifier));
    if (found) problems.push(`test/${rel}:${found.line} imports "${found.specifier}", which the starter repository does not have`);
  }
  const pkg = fs.existsSync(path.join(dir, "package.json")) ? (JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8")) as { scripts?: object }) : {};
  const scripts = new Set(Object.keys(pkg.scripts ?? {}));
  for (const page of markdownPages(dir)) problems.push(...checkLearnerMarkdown(page, fs.readFileSync(path.join(dir, page), "utf8"), scripts));
  const workflow = path.join(dir, ".github", "workflows", "classroom.yml");
  const text = fs.existsSync(workflow) ? fs.readFileSync(workflow, "utf8") : "";
  for (const e of course.exercises) if (!text.includes(`id: ${e.id}\n`)) problems.push(`.github/workflows/classroom.yml has no step for ${e.id}`);
  return problems;
}

/** README.md and every Markdown page under docs/, as paths from `dir`. */
function markdownPages(dir: string): string[] {
  const pages = fs.existsSync(path.join(dir, "README.md")) ? ["README.md"] : [];
  const docs = path.join(dir, "docs");
  for (const entry of fs.existsSync(docs) ? fs.readdirSync(docs, { recursive: true, withFileTypes: true }) : []) {
    if (!entry.isDirectory() && entry.name.endsWith(".md")) pages.push(path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"));
  }
  return pages.sort();
}
