import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliListSummary", {}),
  usage: () => t("cliListUsage", {}),
  options: {
    json: { type: "boolean", description: "print the list as JSON data" },
  },
};
