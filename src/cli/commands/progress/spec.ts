import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliProgressSummary", {}),
  usage: () => t("cliProgressUsage", {}),
  options: {},
};
