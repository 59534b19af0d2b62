import fs from "node:fs";
import path from "node:path";
import { t } from "../../../messages/translate";
import { EXIT, ExitError, type CommandContext } from "../../command";
import { exercisePath, loadCourse, resolveExercise } from "../../course/exercises";
import { clearExercise, loadProgress } from "../../state/progress-store";
import { findPristineStub } from "../../state/pristine";
import { confirm } from "../../ui/prompt";

/** Where a reset puts the learner's code before the stub replaces it. */
export const BACKUP_DIR = path.join(".netlab", "backup");

/**
 * `netlab reset <id> [--yes]`: puts the exercise's original stub back (the learner's code is kept in
 * .netlab/backup/) and forgets its progress, after a confirmation.
 */
export async function run({ cwd, args, flags, stdout }: CommandContext): Promise<number> {
  if (!args[0]) throw new ExitError(EXIT.usage, t("cliMissingId", { command: "reset" }));
  const course = loadCourse();
  const exercise = resolveExercise(course, args[0], loadProgress(cwd), "reset");
  const file = exercisePath(cwd, exercise);
  const stub = findPristineStub(cwd, exercise.file);
  if (!stub) throw new ExitError(EXIT.failed, t("cliResetNoStub", { file: file.relative }));
  const current = fs.existsSync(file.absolute) ? fs.readFileSync(file.absolute, "utf8") : undefined;

  if (!flags.yes) {
    const yes = await confirm(t("cliResetConfirm", { id: exercise.id, file: file.relative, backup: BACKUP_DIR }), (text) => process.stdout.write(text));
    process.stdout.write("\n");
    if (!yes) {
      stdout(t("cliResetCancelled", { id: exercise.id }));
      return EXIT.failed;
    }
  }

  let backup: string | undefined;
  if (current !== undefined && current !== stub.text) {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    backup = path.join(BACKUP_DIR, `${exercise.file}.${stamp}`);
    fs.mkdirSync(path.dirname(path.join(cwd, backup)), { recursive: true });
    fs.writeFileSync(path.join(cwd, backup), current);
  }
  fs.mkdirSync(path.dirname(file.absolute), { recursive: true });
  fs.writeFileSync(file.absolute, stub.text);
  clearExercise(cwd, exercise.id);
  stdout(t("cliResetDone", { id: exercise.id, file: file.relative, source: stub.source }));
  if (backup) stdout(t("cliResetBackup", { backup }));
  stdout(t("cliNextRun", { id: exercise.id }));
  return EXIT.ok;
}
