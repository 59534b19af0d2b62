import type { Command } from "../command";
import { lazyCommand } from "../lazy-command";

/**
 * Every `netlab` command, in the order `netlab --help` lists them: the order a learner meets them
 * (set up, see the course, work on an exercise, get unstuck, look back, tidy up). Each lives in its own folder,
 * loaded when used (lazy-command.ts): one line here per command.
 */
export const commands: Command[] = [
  lazyCommand("doctor"),
  lazyCommand("list"),
  lazyCommand("watch"),
  lazyCommand("run"),
  lazyCommand("hint"),
  lazyCommand("explore"),
  lazyCommand("progress"),
  lazyCommand("reset"),
  lazyCommand("clean"),
  lazyCommand("roster"),
  lazyCommand("grade"),
  lazyCommand("gradebook"),
  lazyCommand("dist"),
];
