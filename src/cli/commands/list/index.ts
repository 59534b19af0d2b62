import { t } from "../../../messages/translate";
import { EXIT, type CommandContext } from "../../command";
import { currentExercise, loadCourse, titleOf } from "../../course/exercises";
import { isDone, loadProgress } from "../../state/progress-store";
import { rememberStubs } from "../../state/pristine";
import { displayWidth } from "../../../messages/display-width";
import { padEnd } from "../../ui/progress";

/** `netlab list`: every exercise in course order, with its chapter, points and status. */
export async function run({ cwd, flags, stdout }: CommandContext): Promise<number> {
  const course = loadCourse();
  rememberStubs(cwd, course.exercises.map((e) => e.file));
  const progress = loadProgress(cwd);
  const current = currentExercise(course, progress);
  const status = (id: string) => progress.exercises[id]?.status ?? "pending";
  if (flags.json) {
    const rows = course.exercises.map((e) => ({ id: e.id, chapter: e.chapter, kind: e.kind, points: e.points, status: status(e.id), file: `exercises/${e.file}` }));
    stdout(JSON.stringify(rows, null, 2));
    return EXIT.ok;
  }
  const head = { n: "#", id: t("cliColId", {}), chapter: t("cliColChapter", {}), points: t("cliColPoints", {}), status: t("cliColStatus", {}), title: t("cliColTitle", {}) };
  const rows = course.exercises.map((e, i) => ({
    n: String(i + 1),
    id: e.id,
    chapter: e.chapter,
    points: String(e.points),
    status: `${isDone(progress, e.id) ? "✓" : status(e.id) === "n/a" ? "○" : e.id === current?.id ? "▶" : "·"} ${t(isDone(progress, e.id) ? "cliDone" : status(e.id) === "n/a" ? "cliNotShown" : "cliPending", {})}`,
    title: titleOf(e),
  }));
  const columns = ["n", "id", "chapter", "points", "status", "title"] as const;
  const widths = columns.map((c) => Math.max(...[head, ...rows].map((r) => displayWidth(r[c]))));
  const render = (r: typeof head) => columns.map((c, i) => (i === columns.length - 1 ? r[c] : padEnd(r[c], widths[i] ?? 0))).join("  ");
  stdout(render(head));
  for (const row of rows) stdout(render(row));
  const done = course.exercises.filter((e) => isDone(progress, e.id));
  const points = done.reduce((sum, e) => sum + e.points, 0);
  const total = course.exercises.reduce((sum, e) => sum + e.points, 0);
  stdout("");
  stdout(t("cliListFooter", { done: done.length, total: course.exercises.length, points, totalPoints: total }));
  stdout(current ? t("cliNextRun", { id: current.id }) : t("cliAllDone", { total: course.exercises.length }));
  return EXIT.ok;
}
