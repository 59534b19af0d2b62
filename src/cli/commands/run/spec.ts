import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const runSpec: CommandSpec = {
  name: "run",
  summary: () => t("cliRunSummary", {}),
  usage: () => t("cliRunUsage", {}),
  options: {},
};
