import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliDistSummary", {}),
  usage: () => t("cliDistUsage", {}),
  options: {
    gradescope: { type: "boolean", description: "write Gradescope's autograder instead of a starter repository" },
    "extra-tests": { type: "string", description: "hidden tests: for --gradescope, or the folder in REPO for --grader-workflow" },
    "grader-workflow": { type: "string", description: "write the instructor's grading workflow into REPO instead" },
    roster: { type: "string", description: "with --grader-workflow: the roster file in REPO" },
  },
};
