import { DUPLICATES } from "../../../grading/class/merge-gradebooks";
import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliGradebookSummary", {}),
  usage: () => t("cliGradebookUsage", { choices: DUPLICATES.join("|") }),
  options: {
    out: { type: "string", description: "where the merged results go (required)" },
    duplicates: { type: "string", default: "error", description: "a submission in two folders: error, or later (the later folder wins)" },
  },
};
