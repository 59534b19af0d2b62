import fs from "node:fs";
import path from "node:path";
import type { Exercise } from "../course/catalogue";
import { t } from "../messages/translate";
import { judgeImport, scanSource } from "./import-scan";

/** Exercise files larger than this are not taken (generated data has no place in exercises/). */
const MAX_FILE_BYTES = 512 * 1024;
const MAX_FILES = 1000;

export interface SubmissionScan {
  /** The submission's exercises/ folder; undefined when it has none. */
  exercisesDir?: string;
  /** Files (relative to exercises/, posix) to copy for the run: the clean ones. */
  copy: string[];
  /** Exercises that score 0 without running, with the reason in the learner's words. */
  blocked: Map<string, string>;
  /** What the learner should know that costs nothing (extra files). */
  notes: string[];
}

/** A submission is a folder holding exercises/; a folder laid out like exercises/ itself is taken too. */
function findExercisesDir(submission: string, course: Exercise[]): string | undefined {
  const inner = path.join(submission, "exercises");
  const stat = fs.lstatSync(inner, { throwIfNoEntry: false });
  // A symbolic link could point anywhere on the grader's machine (at the solutions, say).
  if (stat?.isDirectory()) return inner;
  if (stat) return undefined;
  return course.some((e) => fs.lstatSync(path.join(submission, e.file), { throwIfNoEntry: false })?.isFile()) ? submission : undefined;
}

/**
 * Reads a submission's exercise files without running them: which are there, which compile, and
 * whether each imports only "netlab" and files of its own exercises/ (also through its helpers).
 */
export function scanSubmission(submission: string, graded: Exercise[], course: Exercise[]): SubmissionScan {
  const exercisesDir = findExercisesDir(submission, course);
  const blocked = new Map<string, string>();
  if (!exercisesDir) {
    for (const e of graded) blocked.set(e.id, t("gradeNoExercises", { path: submission }));
    return { copy: [], blocked, notes: [] };
  }
  const { files, refused } = listFiles(exercisesDir);
  const names = new Set(files.keys());
  const scans = new Map([...files].map(([rel, source]) => [rel, scanSource(source, rel)]));

  /** Why a file may not run on its own (a syntax error, a forbidden import), for a given exercise. */
  const ownProblem = (rel: string, exercise: string): string | undefined => {
    const scan = scans.get(rel);
    if (!scan) return undefined;
    const syntax = scan.syntax[0];
    if (syntax) return t("gradeSyntax", { file: rel, ...syntax, exercise });
    for (const ref of scan.imports) {
      const verdict = judgeImport(ref, rel, names);
      if (verdict.ok) continue;
      if (verdict.why === "hatch") return t("gradeImportHatch", { file: rel, line: ref.line, what: ref.hatch ?? "", exercise });
      if (verdict.why === "computed") return t("gradeImportComputed", { file: rel, line: ref.line, exercise });
      return t("gradeImportForbidden", { file: rel, line: ref.line, spec: ref.specifier ?? "", exercise });
    }
    return undefined;
  };

  for (const e of graded) {
    const refusal = refused.get(e.file);
    if (refusal) blocked.set(e.id, refusal);
    else if (!names.has(e.file)) blocked.set(e.id, t("gradeFileMissing", { file: e.file, exercise: e.id }));
    else {
      const problem = ownProblem(e.file, e.id) ?? helperProblem(e, scans, names, ownProblem);
      if (problem) blocked.set(e.id, problem);
    }
  }

  const courseFiles = new Set(course.map((e) => e.file));
  const copy = [...names].filter((rel) => ownProblem(rel, "") === undefined);
  const notes = [...names].filter((rel) => !courseFiles.has(rel)).map((file) => t("gradeExtraFile", { file }));
  return { exercisesDir, copy, blocked, notes };
}

/** The first helper an exercise reaches through its relative imports that has a problem of its own. */
function helperProblem(
  e: Exercise,
  scans: Map<string, ReturnType<typeof scanSource>>,
  names: ReadonlySet<string>,
  ownProblem: (rel: string, exercise: string) => string | undefined,
): string | undefined {
  const seen = new Set([e.file]);
  const queue = [e.file];
  while (queue.length > 0) {
    const rel = queue.shift() as string;
    for (const ref of scans.get(rel)?.imports ?? []) {
      const verdict = judgeImport(ref, rel, names);
      if (!verdict.ok || !verdict.target || seen.has(verdict.target)) continue;
      seen.add(verdict.target);
      const problem = ownProblem(verdict.target, e.id);
      if (problem) return t("gradeImportVia", { exercise: e.id, file: e.file, helper: verdict.target, detail: problem });
      queue.push(verdict.target);
    }
  }
  return undefined;
}

/** The .ts files under exercises/ (posix paths), and the ones refused (links, oversized) with why. */
function listFiles(dir: string): { files: Map<string, string>; refused: Map<string, string> } {
  const files = new Map<string, string>();
  const refused = new Map<string, string>();
  // A walk of its own, not readdirSync({ recursive }): a submission's node_modules and dot-folders are
  // never entered, and it stops at MAX_FILES, however deep a hostile tree goes.
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (files.size >= MAX_FILES) return;
      const full = path.join(folder, entry.name);
      const rel = path.relative(dir, full).split(path.sep).join("/");
      if (entry.isDirectory() && entry.name !== "node_modules" && !entry.name.startsWith(".")) walk(full);
      if (!entry.name.endsWith(".ts")) continue;
      if (entry.isSymbolicLink()) refused.set(rel, t("gradeSymlink", { file: rel }));
      else if (entry.isFile()) {
        const size = fs.statSync(full).size;
        if (size > MAX_FILE_BYTES) refused.set(rel, t("gradeTooLarge", { file: rel, kb: Math.round(size / 1024) }));
        else files.set(rel, fs.readFileSync(full, "utf8"));
      }
    }
  };
  walk(dir);
  return { files, refused };
}
