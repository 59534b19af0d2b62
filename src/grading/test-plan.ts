import fs from "node:fs";
import path from "node:path";
import type { Course, Exercise } from "../course/catalogue";
import { listTs } from "../course/list-ts";
import { readDeclaredTests } from "./declared-tests";
import { ENGINE_NEEDS, isEngineNeed } from "../runtime/engine-profile";
import type { PlannedTest } from "../report/grade-types";

interface PlannedFile {
  file: string;
  shownFile: string;
  hidden: boolean;
  /** The exercises whose tests it holds. */
  exercises: string[];
}

export interface TestPlan {
  /** The exercises graded, in course order. */
  exercises: Exercise[];
  tests: PlannedTest[];
  files: PlannedFile[];
}

export interface PlanOptions {
  /** Grade only these exercise ids (all when absent). */
  only?: string[];
  /** A folder laid out like test/ with instructor-only tests. */
  extraTests?: string;
}

/** The identity jest's report gives a test; the n-th test of the same name gets occurrence n. */
export function testKey(file: string, ancestorTitles: string[], title: string, occurrence: number): string {
  return [file, ...ancestorTitles, title, String(occurrence)].join("\u0000");
}

/** The exercise a describe title belongs to: the longest id that opens it ("ch3-link: ..."). */
export function exerciseOfTitle(title: string, ids: string[]): string | undefined {
  return ids
    .filter((id) => title === id || title.startsWith(`${id}:`) || title.startsWith(`${id} `))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Which tests decide the grade, read from the instructor's test files (and hidden tests) before
 * anything runs, each mapped to its exercise by the id that opens its outermost describe title.
 * Problems are the instructor's to fix (unknown ids, unreadable titles), so grading stops on them.
 */
export function planTests(root: string, course: Course, options: PlanOptions = {}): { plan: TestPlan; problems: string[] } {
  const problems: string[] = [];
  const ids = course.exercises.map((e) => e.id);
  for (const id of options.only ?? []) if (!ids.includes(id)) problems.push(`"${id}" is not an exercise of this course (known: ${ids.join(", ")})`);
  const chosen = course.exercises.filter((e) => !options.only || options.only.includes(e.id));

  const candidates = chosen.map((e) => ({ file: path.join(root, e.test), shownFile: e.test, hidden: false }));
  if (options.extraTests) {
    const extra = path.resolve(options.extraTests);
    for (const rel of listTs(extra).filter((f) => f.endsWith(".test.ts") && !f.startsWith("node_modules/"))) {
      candidates.push({ file: path.join(extra, rel), shownFile: `hidden/${rel}`, hidden: true });
    }
  }

  const tests: PlannedTest[] = [];
  const files: PlannedFile[] = [];
  for (const candidate of candidates) {
    if (!fs.existsSync(candidate.file)) {
      problems.push(`${candidate.shownFile} is missing`);
      continue;
    }
    const read = readDeclaredTests(fs.readFileSync(candidate.file, "utf8"), candidate.shownFile);
    problems.push(...read.problems);
    const seen = new Map<string, number>();
    const exercises = new Set<string>();
    for (const declared of read.tests.filter((d) => !d.skipped)) {
      for (const need of declared.needs.filter((n) => !isEngineNeed(n))) problems.push(`${candidate.shownFile}:${declared.line}: testNeeding("${need}") names no engine need (known: ${ENGINE_NEEDS.join(", ")})`);
      const top = declared.ancestorTitles[0];
      const exercise = top === undefined ? undefined : exerciseOfTitle(top, ids);
      if (!exercise) {
        problems.push(`${candidate.shownFile}:${declared.line}: "${declared.title}" is not inside a describe titled "<exercise id>: ..."`);
        continue;
      }
      // A hidden file may hold tests of exercises left out by --exercises: those are not graded.
      if (!chosen.some((e) => e.id === exercise)) continue;
      exercises.add(exercise);
      const name = [...declared.ancestorTitles, declared.title].join("\u0000");
      const occurrence = seen.get(name) ?? 0;
      seen.set(name, occurrence + 1);
      tests.push({
        key: testKey(candidate.file, declared.ancestorTitles, declared.title, occurrence),
        file: candidate.file,
        shownFile: candidate.shownFile,
        exercise,
        ancestorTitles: declared.ancestorTitles,
        title: declared.title,
        hidden: candidate.hidden,
        needs: declared.needs.filter(isEngineNeed),
      });
    }
    if (exercises.size > 0) files.push({ ...candidate, exercises: [...exercises] });
  }
  for (const e of chosen) if (!tests.some((t) => t.exercise === e.id)) problems.push(`${e.id}: no test of it found in ${e.test}`);
  // Course order: an exercise's visible tests first, then its hidden ones.
  const order = (t: PlannedTest) => chosen.findIndex((e) => e.id === t.exercise) * 2 + (t.hidden ? 1 : 0);
  tests.sort((a, b) => order(a) - order(b));
  return { plan: { exercises: chosen, tests, files }, problems };
}
