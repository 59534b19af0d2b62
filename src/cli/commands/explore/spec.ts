import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const spec: CommandSpec = {
  summary: () => t("cliExploreSummary", {}),
  usage: () => t("cliExploreUsage", {}),
  options: {
    mine: { type: "boolean", description: "build the topology from your code, not from the reference solution" },
    once: { type: "boolean", description: "build, print, draw and remove at once" },
    out: { type: "string", description: "folder for the drawings (default .netlab/explore)" },
  },
};
