import path from "node:path";
import { loadCatalogue, type Course, type Exercise } from "../../course/catalogue";
import { currentLanguage, type Language } from "../../messages/language";
import { t } from "../../messages/translate";
import { EXIT, ExitError } from "../command";
import { isSettled, type Progress } from "../state/progress-store";

/** The course in order, from the catalogue (an invalid catalogue is netlab's bug, not the learner's). */
export function loadCourse(): Course {
  return loadCatalogue();
}

/** The first exercise in course order that is not done (nor n/a here): what `watch` works on and `run` runs by default. */
export function currentExercise(course: Course, progress: Progress): Exercise | undefined {
  return course.exercises.find((e) => !isSettled(progress, e.id));
}

/**
 * An exercise named on the command line: its id, or the end of it after a dash when that is unique
 * ("user-network" for ch3-user-network). No name: the current exercise.
 */
export function resolveExercise(course: Course, arg: string | undefined, progress: Progress, command: string): Exercise {
  if (arg === undefined) {
    const current = currentExercise(course, progress);
    if (!current) throw new ExitError(EXIT.ok, t("cliAllDone", { total: course.exercises.length }));
    return current;
  }
  const exact = course.exercises.find((e) => e.id === arg);
  if (exact) return exact;
  const bySuffix = course.exercises.filter((e) => e.id.endsWith(`-${arg}`));
  if (bySuffix.length === 1 && bySuffix[0]) return bySuffix[0];
  const candidates = bySuffix.length > 1 ? bySuffix : course.exercises.filter((e) => e.id.includes(arg));
  throw new ExitError(
    EXIT.usage,
    t("cliUnknownExercise", {
      id: arg,
      candidates: candidates.map((e) => e.id).join(", "),
      example: `npx netlab ${command} ${(candidates[0] ?? course.exercises[0])?.id ?? ""}`,
    }),
  );
}

/** The learner's file for an exercise, relative to the project root (for messages) and absolute. */
export function exercisePath(root: string, exercise: Exercise): { relative: string; absolute: string } {
  const relative = `exercises/${exercise.file}`;
  return { relative, absolute: path.join(root, "exercises", exercise.file) };
}

/** 1-based position in the course. */
export function positionOf(course: Course, exercise: Exercise): number {
  return course.exercises.findIndex((e) => e.id === exercise.id) + 1;
}

export function titleOf(exercise: Exercise, lang: Language = currentLanguage()): string {
  return exercise.title[lang];
}

/** The exercise's section of the course, in the learner's language. */
export function docsOf(exercise: Exercise, lang: Language = currentLanguage()): string {
  return `docs/${lang}/${exercise.docs}`;
}
