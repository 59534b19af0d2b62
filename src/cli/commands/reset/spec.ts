import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const resetSpec: CommandSpec = {
  name: "reset",
  summary: () => t("cliResetSummary", {}),
  usage: () => t("cliResetUsage", {}),
  options: {
    yes: { type: "boolean", short: "y", description: "reset without asking" },
  },
};
