import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliHintSummary", {}),
  usage: () => t("cliHintUsage", {}),
  options: {
    all: { type: "boolean", description: "show every hint, not only the next one" },
  },
};
