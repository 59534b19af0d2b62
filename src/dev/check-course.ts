import fs from "node:fs";
import path from "node:path";
import { listTs } from "../course/list-ts";
import { loadCatalogue, type Course } from "../course/catalogue";

/**
 * The course's static check (rustlings' `dev check`): the catalogue is valid, exercises/ and
 * solutions/ mirror each other file for file, every exercise has its file, solution and test, and no
 * file is left out of the catalogue. Returns the problems; [] means the course holds together.
 */
export function checkCourse(root: string, course: Course = loadCatalogue()): string[] {
  const problems: string[] = [];
  const exercises = listTs(path.join(root, "exercises"));
  const solutions = listTs(path.join(root, "solutions"));
  for (const f of exercises.filter((f) => !solutions.includes(f))) problems.push(`exercises/${f} has no solutions/${f}`);
  for (const f of solutions.filter((f) => !exercises.includes(f))) problems.push(`solutions/${f} has no exercises/${f}`);
  const listed = new Set(course.exercises.map((e) => e.file));
  for (const f of exercises.filter((f) => !listed.has(f))) problems.push(`exercises/${f} is not in the catalogue`);
  for (const e of course.exercises) {
    if (!exercises.includes(e.file)) problems.push(`${e.id}: exercises/${e.file} is missing`);
    if (!fs.existsSync(path.join(root, e.test))) problems.push(`${e.id}: its test ${e.test} is missing`);
    else if (!fs.readFileSync(path.join(root, e.test), "utf8").includes(e.id)) {
      problems.push(`${e.id}: ${e.test} does not name the exercise id in its describe title`);
    }
  }
  const tested = new Set(course.exercises.map((e) => e.test));
  const courseTests = listTs(path.join(root, "test"))
    .filter((f) => /^ch\d/.test(f) && f.endsWith(".test.ts"))
    .map((f) => `test/${f}`);
  for (const f of courseTests.filter((f) => !tested.has(f))) problems.push(`${f} belongs to no exercise in the catalogue`);
  return problems;
}
