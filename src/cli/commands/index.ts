/* eslint-disable @typescript-eslint/no-require-imports */
import type { CommandSpec, RunCommand } from "../command";
import { cleanSpec } from "./clean/spec";
import { distSpec } from "./dist/spec";
import { doctorSpec } from "./doctor/spec";
import { exploreSpec } from "./explore/spec";
import { gradeSpec } from "./grade/spec";
import { gradebookSpec } from "./gradebook/spec";
import { hintSpec } from "./hint/spec";
import { listSpec } from "./list/spec";
import { progressSpec } from "./progress/spec";
import { resetSpec } from "./reset/spec";
import { rosterSpec } from "./roster/spec";
import { runSpec } from "./run/spec";
import { watchSpec } from "./watch/spec";

/** A command: its spec, read at once, and its code, loaded only when it runs. */
interface Command {
  spec: CommandSpec;
  load: () => { run: RunCommand };
}

/**
 * Every `netlab` command, in the order `netlab --help` lists them: the order a learner meets them
 * (set up, see the course, work on an exercise, get unstuck, look back, tidy up). Each lives in its
 * own folder. --help and the refusal of a wrong flag read the specs only; running a command loads
 * that command's code alone (require(), not import: tsx's CommonJS hook runs the CLI), so that
 * `netlab --help` or `list` never loads the engine code or the TypeScript compiler another one needs.
 */
export const commands: readonly Command[] = [
  { spec: doctorSpec, load: () => require("./doctor") as typeof import("./doctor") },
  { spec: listSpec, load: () => require("./list") as typeof import("./list") },
  { spec: watchSpec, load: () => require("./watch") as typeof import("./watch") },
  { spec: runSpec, load: () => require("./run") as typeof import("./run") },
  { spec: hintSpec, load: () => require("./hint") as typeof import("./hint") },
  { spec: exploreSpec, load: () => require("./explore") as typeof import("./explore") },
  { spec: progressSpec, load: () => require("./progress") as typeof import("./progress") },
  { spec: resetSpec, load: () => require("./reset") as typeof import("./reset") },
  { spec: cleanSpec, load: () => require("./clean") as typeof import("./clean") },
  { spec: rosterSpec, load: () => require("./roster") as typeof import("./roster") },
  { spec: gradeSpec, load: () => require("./grade") as typeof import("./grade") },
  { spec: gradebookSpec, load: () => require("./gradebook") as typeof import("./gradebook") },
  { spec: distSpec, load: () => require("./dist") as typeof import("./dist") },
];
