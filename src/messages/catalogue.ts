import { cleanMessages } from "../cli/commands/clean/messages";
import { distMessages } from "../cli/commands/dist/messages";
import { doctorMessages } from "../cli/commands/doctor/messages";
import { exploreMessages } from "../cli/commands/explore/messages";
import { gradeMessages } from "../cli/commands/grade/messages";
import { gradebookMessages } from "../cli/commands/gradebook/messages";
import { hintMessages } from "../cli/commands/hint/messages";
import { listMessages } from "../cli/commands/list/messages";
import { progressMessages } from "../cli/commands/progress/messages";
import { resetMessages } from "../cli/commands/reset/messages";
import { rosterMessages } from "../cli/commands/roster/messages";
import { runMessages } from "../cli/commands/run/messages";
import { watchMessages } from "../cli/commands/watch/messages";
import { checkMessages } from "./check-messages";
import { classMessages } from "./class-messages";
import { cliMessages } from "./cli-messages";
import { courseMessages } from "./course-messages";
import { engineMessages } from "./engine-messages";
import { exerciseMessages } from "./exercise-messages";
import { gradingMessages } from "./grading-messages";
import { labMessages } from "./lab-messages";
import { matcherMessages } from "./matcher-messages";
import { profileMessages } from "./profile-messages";
import { sandboxMessages } from "./sandbox-messages";
import { topologyMessages } from "./topology-messages";

/**
 * Every text a learner reads, English and Simplified Chinese side by side, one file per area: here
 * for the framework, beside its command for each `netlab` command. A unit test walks it for entries
 * missing a language and for a key that two areas both define (the later would silently win).
 */
export const MESSAGE_AREAS = [
  engineMessages,
  labMessages,
  exerciseMessages,
  matcherMessages,
  checkMessages,
  topologyMessages,
  courseMessages,
  gradingMessages,
  classMessages,
  profileMessages,
  sandboxMessages,
  cliMessages,
  runMessages,
  listMessages,
  progressMessages,
  hintMessages,
  watchMessages,
  resetMessages,
  doctorMessages,
  cleanMessages,
  exploreMessages,
  gradeMessages,
  distMessages,
  rosterMessages,
  gradebookMessages,
] as const;

/** (A | B | ...) -> (A & B & ...): the catalogue's type is every area's entries at once. */
type AllOf<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;

export const catalogue = Object.assign({}, ...MESSAGE_AREAS) as AllOf<(typeof MESSAGE_AREAS)[number]>;

export type MessageKey = keyof typeof catalogue;
export type MessageParams<K extends MessageKey> = Parameters<(typeof catalogue)[K]["en"]>[0];
