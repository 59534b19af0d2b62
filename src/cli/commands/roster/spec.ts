import { t } from "../../../messages/translate";
import type { CommandSpec } from "../../command";

export const DEFAULT_GIT_TIMEOUT = 120;
export const DEFAULT_FETCH_JOBS = 4;

export const spec: CommandSpec = {
  summary: () => t("cliRosterSummary", {}),
  usage: () => t("cliRosterUsage", { timeout: DEFAULT_GIT_TIMEOUT, jobs: DEFAULT_FETCH_JOBS }),
  options: {
    into: { type: "string", description: "where the submissions go (fetch: required)" },
    shard: { type: "string", description: "only the I-th of N parts of the roster, sorted by student (I/N)" },
    timeout: { type: "string", default: String(DEFAULT_GIT_TIMEOUT), description: "seconds each git command may take" },
    jobs: { type: "string", default: String(DEFAULT_FETCH_JOBS), description: "repositories fetched at the same time" },
  },
};
