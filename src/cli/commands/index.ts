import type { Command } from "../command";

/** Every `netlab` command, in the order `netlab --help` lists them. Each lives in its own folder. */
export const commands: Command[] = [];
