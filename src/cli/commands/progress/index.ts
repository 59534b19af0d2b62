import { t } from "../../../messages/translate";
import { currentLanguage } from "../../../messages/language";
import { EXIT, type CommandContext } from "../../command";
import { currentExercise, loadCourse } from "../../course/exercises";
import { isDone, isSettled, loadProgress, PROGRESS_FILE } from "../../state/progress-store";
import { displayWidth } from "../../../messages/display-width";
import { bar, padEnd } from "../../ui/progress";

/** `netlab progress`: a progress bar for the course and one per chapter, from .netlab/progress.json. */
export async function run({ cwd, stdout }: CommandContext): Promise<number> {
  const course = loadCourse();
  const progress = loadProgress(cwd);
  const lang = currentLanguage();
  const done = course.exercises.filter((e) => isDone(progress, e.id));
  const points = (list: typeof course.exercises) => list.reduce((sum, e) => sum + e.points, 0);
  stdout(
    t("cliProgressTotal", {
      bar: bar(done.length, course.exercises.length, 30),
      done: done.length,
      total: course.exercises.length,
      points: points(done),
      totalPoints: points(course.exercises),
    }),
  );
  stdout("");
  const labels = course.chapters.map((c) => `${c.id} ${c.title[lang]}`);
  const width = Math.max(...labels.map(displayWidth));
  course.chapters.forEach((chapter, i) => {
    const all = course.exercises.filter((e) => e.chapter === chapter.id);
    const finished = all.filter((e) => isDone(progress, e.id));
    const pending = all.filter((e) => !isSettled(progress, e.id)).map((e) => e.id);
    stdout(
      `  ${padEnd(labels[i] ?? chapter.id, width)}  ${bar(finished.length, all.length, 12)}  ${finished.length}/${all.length}` +
        (pending.length > 0 && pending.length < all.length ? `  ${t("cliProgressLeft", { ids: pending.join(", ") })}` : ""),
    );
  });
  stdout("");
  const current = currentExercise(course, progress);
  stdout(current ? t("cliNextRun", { id: current.id }) : t("cliAllDone", { total: course.exercises.length }));
  stdout(t("cliProgressFile", { file: PROGRESS_FILE }));
  return EXIT.ok;
}
