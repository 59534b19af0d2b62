import { t } from "../../../messages/translate";
import { EXIT, type CommandContext } from "../../command";
import { checkExercise, requireEngine } from "../../check/check-exercise";
import { WarmRunner } from "../../check/warm-runner";
import { currentExercise, exercisePath, loadCourse, resolveExercise } from "../../course/exercises";
import { loadProgress } from "../../state/progress-store";
import { rememberStubs } from "../../state/pristine";
import { onInterrupt } from "../../../async/on-interrupt";

/** `netlab run [id]`: one exercise's course tests against the learner's code, with the teaching messages. */
export async function run({ cwd, args, stdout, stderr }: CommandContext): Promise<number> {
  const course = loadCourse();
  const exercise = resolveExercise(course, args[0], loadProgress(cwd), "run");
  // jest loads (half a second) while this process checks the engine, on the other core.
  const runner = WarmRunner.start(cwd, process.env, exercise.test);
  rememberStubs(cwd, course.exercises.map((e) => e.file));
  try {
    await requireEngine();
  } catch (err) {
    await runner.stop();
    throw err;
  }
  const release = onInterrupt(async () => {
    stdout(t("cliInterrupted", { run: runner.runId ?? "-" }));
    await runner.stop();
  }, { boundMs: 10_000 });
  try {
    const outcome = await checkExercise(cwd, exercise, runner, { stdout, stderr });
    if (outcome.passed) {
      const next = currentExercise(course, loadProgress(cwd));
      stdout(next ? t("cliNextRun", { id: next.id }) : t("cliAllDone", { total: course.exercises.length }));
      return EXIT.ok;
    }
    if (!outcome.crashed) stdout(t("cliAfterFail", { id: exercise.id, file: exercisePath(cwd, exercise).relative }));
    return EXIT.failed;
  } finally {
    release();
    await runner.stop();
  }
}
