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
 * Every text a learner reads, English and Simplified Chinese side by side, one file per area.
 * A unit test walks it for entries missing a language.
 */
export const catalogue = {
  ...engineMessages,
  ...labMessages,
  ...exerciseMessages,
  ...matcherMessages,
  ...checkMessages,
  ...topologyMessages,
  ...courseMessages,
  ...gradingMessages,
  ...classMessages,
  ...cliMessages,
  ...profileMessages,
  ...sandboxMessages,
};

export type MessageKey = keyof typeof catalogue;
export type MessageParams<K extends MessageKey> = Parameters<(typeof catalogue)[K]["en"]>[0];
