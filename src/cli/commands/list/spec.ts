import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const listSpec: CommandSpec = {
  name: "list",
  summary: () => t("cliListSummary", {}),
  usage: () => t("cliListUsage", {}),
  options: {
    json: { type: "boolean", description: "print the list as JSON data" },
  },
};
