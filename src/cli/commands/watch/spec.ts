import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliWatchSummary", {}),
  usage: () => t("cliWatchUsage", {}),
  options: {
    poll: { type: "boolean", description: "look at the file every 200 ms instead of waiting for change events" },
  },
};
