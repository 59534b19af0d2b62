import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliCleanSummary", {}),
  usage: () => t("cliCleanUsage", {}),
  options: {
    "dry-run": { type: "boolean", description: "only list what would be removed" },
    run: { type: "string", description: "only this run's resources (the hex id after nl- in the names)" },
    image: { type: "boolean", description: "also remove the lab image (and the sandbox image)" },
  },
};
