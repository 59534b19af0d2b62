import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliRunSummary", {}),
  usage: () => t("cliRunUsage", {}),
  options: {},
};
