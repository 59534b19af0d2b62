import fs from "node:fs";
import type { NotShownHere } from "../runtime/engine-profile";

/**
 * The side channel of n/a tests. jest reports a test skipped at collection as "pending" and carries
 * no reason; whoever wants the reason (the grader, `netlab run`, the engines matrix) sets
 * NETLAB_NA_LOG to a file, and each n/a test appends one JSON line there. The reason is data (a
 * message key and its params), rendered in the reader's language.
 */
export const NA_LOG_ENV = "NETLAB_NA_LOG";

export interface NotShownRecord {
  /** The test file's absolute path (jest's testPath). */
  file: string;
  /** The test's own title (a course file's titles are unique; describe titles are not needed). */
  title: string;
  reason: NotShownHere;
  /** The reason as the test's language rendered it, for readers that cannot render (plain-JS reporters). */
  text: string;
}

/** Appends a record; best effort: a log that cannot be written costs the reason's display, never the run. */
export function recordNotShown(record: NotShownRecord, env: NodeJS.ProcessEnv = process.env): void {
  const log = env[NA_LOG_ENV];
  try {
    if (log) fs.appendFileSync(log, `${JSON.stringify(record)}\n`);
  } catch {
    // the test is skipped all the same; only its reason goes unshown
  }
}

/** Every record of a log; a missing file has none, a torn last line is left out. */
export function readNotShown(log: string): NotShownRecord[] {
  let text: string;
  try {
    text = fs.readFileSync(log, "utf8");
  } catch {
    return [];
  }
  return text.split("\n").flatMap((line) => {
    try {
      return line ? [JSON.parse(line) as NotShownRecord] : [];
    } catch {
      return [];
    }
  });
}

/** The key under which a test's record is found: its file and title. */
export function notShownKey(file: string, title: string): string {
  return `${file}\u0000${title}`;
}
