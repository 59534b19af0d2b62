import { t } from "../../../messages/translate";
import { EXIT, type CommandContext } from "../../command";
import { requireEngine } from "../../check/check-exercise";
import { currentExercise, loadCourse } from "../../course/exercises";
import { loadProgress } from "../../state/progress-store";
import { rememberStubs } from "../../state/pristine";
import { onInterrupt } from "../../../async/on-interrupt";
import { WatchSession } from "../../watch/watch-session";
import { run as showHint } from "../hint";
import { run as showList } from "../list";

/**
 * `netlab watch [--poll]`: checks the current exercise on every save, moves on when it passes.
 * On a terminal: h shows a hint, l the list, r checks again, q (or Ctrl-C) quits.
 */
export async function run(ctx: CommandContext): Promise<number> {
  const course = loadCourse();
  rememberStubs(ctx.cwd, course.exercises.map((e) => e.file));
  if (!currentExercise(course, loadProgress(ctx.cwd))) {
    ctx.stdout(t("cliAllDone", { total: course.exercises.length }));
    return EXIT.ok;
  }
  await requireEngine();
  const interactive = process.stdin.isTTY === true;
  const session = new WatchSession(ctx, course, { poll: ctx.flags.poll === true, events: process.env.NETLAB_WATCH_EVENTS !== "off", keys: interactive });
  ctx.stdout(t(interactive ? "cliWatchStartKeys" : "cliWatchStart", {}));
  const quit = () => {
    ctx.stdout(t("cliWatchBye", {}));
    void session.stop(EXIT.ok);
  };
  // Ctrl-C quits as q does: the session ends and the command returns.
  const releaseSignals = onInterrupt(quit, { exit: false });
  const releaseKeys = interactive ? listenForKeys(ctx, session, quit) : () => undefined;
  try {
    return await session.run();
  } finally {
    releaseKeys();
    releaseSignals();
  }
}

/** Single keys on a terminal, as rustlings has them. Raw mode: Ctrl-C arrives as a key, not a signal. */
function listenForKeys(ctx: CommandContext, session: WatchSession, quit: () => void): () => void {
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  const onKey = (data: Buffer) => {
    const key = data.toString();
    if (key === "q" || key === "\u0003") return quit();
    const id = session.exercise?.id;
    if (key === "h" && id) void showHint({ ...ctx, args: [id], flags: {} });
    else if (key === "l") void showList({ ...ctx, args: [], flags: {} });
    else if (key === "r") void session.check();
  };
  stdin.on("data", onKey);
  return () => {
    stdin.off("data", onKey);
    stdin.setRawMode(false);
    stdin.pause();
  };
}
