import type { Course, Exercise } from "../../course/catalogue";
import { t } from "../../messages/translate";
import { EXIT, type CommandContext } from "../command";
import { checkExercise } from "../check/check-exercise";
import { WarmRunner } from "../check/warm-runner";
import { currentExercise, exercisePath, positionOf, titleOf } from "../course/exercises";
import { loadProgress } from "../state/progress-store";
import { FileWatcher, type FallbackReason } from "./file-watcher";

export interface WatchFlags {
  poll: boolean;
  /** Subscribe to change events (off only to simulate a drive without them). */
  events: boolean;
  /** Single keys work (stdin is a terminal): only then is "press h" worth saying. */
  keys: boolean;
}

/**
 * `netlab watch`, as rustlings watches: check the current exercise, then again on every save of its
 * file; when it passes, move on to the next one and check that at once (it tells what to do next).
 * A jest runner is always started ahead for the exercise being worked on, and it runs as far as it
 * can before the save (src/jest-run/warm-gate.js), so that a save meets a process that only has the
 * test file left to do.
 */
export class WatchSession {
  private runner?: WarmRunner;
  private active?: WarmRunner;
  private watcher?: FileWatcher;
  private current?: Exercise;
  private checking = false;
  private again = false;
  /** Change events turned out not to arrive here. */
  private polling = false;
  private done?: (code: number) => void;

  constructor(
    private readonly ctx: CommandContext,
    private readonly course: Course,
    private readonly flags: WatchFlags,
  ) {}

  /** Runs until every exercise is done (exit 0) or the learner quits. */
  run(): Promise<number> {
    const finished = new Promise<number>((resolve) => (this.done = resolve));
    const first = currentExercise(this.course, loadProgress(this.ctx.cwd));
    if (!first) this.finish(EXIT.ok);
    else this.focus(first);
    return finished;
  }

  /** The exercise being worked on, for the hint key. */
  get exercise(): Exercise | undefined {
    return this.current;
  }

  private focus(exercise: Exercise): void {
    this.current = exercise;
    this.watcher?.close();
    const file = exercisePath(this.ctx.cwd, exercise);
    this.ctx.stdout("");
    this.ctx.stdout(t("cliWatchFocus", { id: exercise.id, n: positionOf(this.course, exercise), total: this.course.exercises.length, title: titleOf(exercise), file: file.relative }));
    this.watcher = new FileWatcher(
      file.absolute,
      () => {
        this.ctx.stdout(t("cliWatchChanged", { file: file.relative }));
        void this.check();
      },
      {
        poll: this.flags.poll || this.polling,
        events: this.flags.events,
        onFallback: (reason) => {
          // Said once; the next exercises' files are polled from the start.
          this.polling = true;
          this.ctx.stdout(fallbackText(reason, file.relative));
        },
      },
    );
    if (this.flags.poll) this.ctx.stdout(t("cliWatchPolling", { file: file.relative }));
    void this.check();
  }

  /** Checks the current exercise now, or right after the check under way (a save came during it). */
  async check(): Promise<void> {
    const exercise = this.current;
    if (!exercise || !this.done) return;
    if (this.checking) {
      this.again = true;
      return;
    }
    this.checking = true;
    const runner = this.runnerFor(exercise);
    this.runner = undefined;
    this.active = runner;
    const outcome = await checkExercise(this.ctx.cwd, exercise, runner, this.ctx);
    this.active = undefined;
    this.checking = false;
    // Stopped meanwhile (q, Ctrl-C): no verdict to act on, and no new runner.
    if (!this.done) return;
    void runner.stop();
    if (outcome.passed || outcome.notShown) {
      const next = currentExercise(this.course, loadProgress(this.ctx.cwd));
      if (!next) return this.finish(EXIT.ok);
      this.again = false;
      this.runner = this.runnerFor(next);
      this.ctx.stdout(t("cliWatchMovingOn", { id: next.id }));
      return this.focus(next);
    }
    // The next check's runner loads, and runs up to the save, while the learner reads and types.
    this.runner = this.runnerFor(exercise);
    if (this.again) {
      this.again = false;
      return this.check();
    }
    this.ctx.stdout(t(this.flags.keys ? "cliWatchWaitingKeys" : "cliWatchWaiting", { file: exercisePath(this.ctx.cwd, exercise).relative, id: exercise.id }));
  }

  /** Ends the session: no watcher, no runner left (a running check removes what it made). */
  async stop(code: number = EXIT.ok): Promise<void> {
    const done = this.done;
    this.done = undefined;
    this.watcher?.close();
    await Promise.all([this.runner?.stop(), this.active?.stop()]);
    done?.(code);
  }

  /** The runner started ahead for this exercise's test file (one for another file is stopped). */
  private runnerFor(exercise: Exercise): WarmRunner {
    if (this.runner?.preparedFor === exercise.test) return this.runner;
    void this.runner?.stop();
    this.runner = WarmRunner.start(this.ctx.cwd, process.env, exercise.test);
    return this.runner;
  }

  private finish(code: number): void {
    this.ctx.stdout("");
    this.ctx.stdout(t("cliAllDone", { total: this.course.exercises.length }));
    void this.stop(code);
  }
}

function fallbackText(reason: FallbackReason, file: string): string {
  const why =
    reason.why === "wsl-mount" ? t("cliWatchWhyWsl", {}) : reason.why === "no-events" ? t("cliWatchWhyNoEvents", {}) : t("cliWatchWhyError", { error: reason.error });
  return t("cliWatchFallback", { why, file });
}
