import { t } from "../../../messages/translate";
import { VISIBILITIES } from "../../../report/results-json";
import type { CommandSpec } from "../../command";

/** Per exercise: its test file is stopped after this long; the learner's own code gets half. */
export const DEFAULT_TIMEOUT_SECONDS = 60;
const DEFAULT_WORKERS = 4;

export const spec: CommandSpec = {
  summary: () => t("cliGradeSummary", {}),
  usage: () => t("cliGradeUsage", { timeout: DEFAULT_TIMEOUT_SECONDS, workers: DEFAULT_WORKERS, visibilities: VISIBILITIES.join(", ") }),
  options: {
    out: { type: "string", description: "where results go: DIR/<submission>/ and DIR/gradebook.csv (required)" },
    jobs: { type: "string", default: "1", description: "submissions graded at the same time" },
    timeout: { type: "string", default: String(DEFAULT_TIMEOUT_SECONDS), description: "seconds per exercise; the learner's code gets half" },
    "extra-tests": { type: "string", description: "instructor-only tests laid out like test/" },
    "hidden-visibility": { type: "string", default: "after_published", description: "Gradescope visibility of the extra tests" },
    exercises: { type: "string", description: "grade only these exercise ids (comma-separated)" },
    workers: { type: "string", default: String(DEFAULT_WORKERS), description: "jest workers per submission" },
    lang: { type: "string", description: "language of feedback.md and results.json (en or zh)" },
    keep: { type: "boolean", description: "keep the staged copies to look at afterwards" },
    "in-process": { type: "boolean", description: "run the code in the test process, unsandboxed (trusted code only)" },
    shard: { type: "string", description: "grade only the I-th of N parts of the submissions (I/N)" },
  },
};
