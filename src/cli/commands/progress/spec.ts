import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const progressSpec: CommandSpec = {
  name: "progress",
  summary: () => t("cliProgressSummary", {}),
  usage: () => t("cliProgressUsage", {}),
  options: {},
};
