import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliResetSummary", {}),
  usage: () => t("cliResetUsage", {}),
  options: {
    yes: { type: "boolean", short: "y", description: "reset without asking" },
  },
};
