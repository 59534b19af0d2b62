import fs from "node:fs";
import { isBuiltin } from "node:module";
import path from "node:path";
import ts from "typescript";
import type { Course } from "../../course/catalogue";
import { listTs } from "../../course/list-ts";
import { scanSource } from "../import-scan";
import { checkLearnerMarkdown } from "./check-learner-markdown";
import { installedPackages } from "./learner-package";

/**
 * The structure a starter repository must have: every exercise's stub and test, no solutions/,
 * no hidden tests, no test or config that loads from solutions/, no README.md or docs/ page that
 * links to solutions/ or says to run a script package.json lacks, and a Classroom step for every exercise;
 * package.json without the maintainers' devDependencies, and every package the code imports in its
 * package-lock.json.
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
  const pkg = readJson(dir, "package.json") as { scripts?: object; devDependencies?: object };
  const scripts = new Set(Object.keys(pkg.scripts ?? {}));
  if (pkg.devDependencies) problems.push(`package.json has devDependencies (${Object.keys(pkg.devDependencies).join(", ")}): the maintainers' tools, which learners would install`);
  problems.push(...uninstalledImports(dir, installedPackages(readJson(dir, "package-lock.json"))));
  for (const page of markdownPages(dir)) problems.push(...checkLearnerMarkdown(page, fs.readFileSync(path.join(dir, page), "utf8"), scripts));
  const workflow = path.join(dir, ".github", "workflows", "classroom.yml");
  const text = fs.existsSync(workflow) ? fs.readFileSync(workflow, "utf8") : "";
  for (const e of course.exercises) if (!text.includes(`id: ${e.id}\n`)) problems.push(`.github/workflows/classroom.yml has no step for ${e.id}`);
  return problems;
}

function readJson(dir: string, name: string): Record<string, unknown> {
  const file = path.join(dir, name);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, "utf8")) as Record<string, unknown>) : {};
}

/** The packages the starter repository's code loads that its package-lock.json does not install. */
function uninstalledImports(dir: string, installed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const rel of codeFiles(dir)) {
    // TypeScript's own scan of imports, requires and import()s (type-only ones too: the type check loads them).
    const source = fs.readFileSync(path.join(dir, rel), "utf8");
    for (const { fileName: specifier, pos } of ts.preProcessFile(source, true, true).importedFiles) {
      const name = packageName(specifier);
      const line = source.slice(0, pos).split("\n").length;
      if (name && !installed.has(name)) problems.push(`${rel}:${line} loads "${specifier}", but package-lock.json does not install ${name}`);
    }
  }
  return problems;
}

/** The package an import names; undefined for a file, a node built-in, or what jest maps ("netlab", "@target/..."). */
function packageName(specifier: string): string | undefined {
  if (/^[./]/.test(specifier) || isBuiltin(specifier) || specifier === "netlab" || specifier.startsWith("@target/")) return undefined;
  const parts = specifier.split("/");
  return (specifier.startsWith("@") ? parts.slice(0, 2) : parts.slice(0, 1)).join("/");
}

/** The code files (.ts, .js, .mjs, .cjs; not declarations, which load nothing) of a starter repository, outside node_modules/, as paths from `dir`. */
function codeFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = path.posix.join(rel, entry.name);
      if (entry.isDirectory() && entry.name !== "node_modules") walk(child);
      else if (entry.isFile() && /\.(ts|js|mjs|cjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts")) files.push(child);
    }
  };
  walk("");
  return files.sort();
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
