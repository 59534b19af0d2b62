import fs from "node:fs";
import path from "node:path";
import { t } from "../../messages/translate";
import { gradebookHeader, mergeGradebookRows, parseCsv, rowName } from "../../report/gradebook-csv";
import { summaryOfRows, type SummaryRow } from "../../report/summary-table";

/** What to do with a submission found in two of the folders. */
export const DUPLICATES = ["error", "later"] as const;
export type Duplicates = (typeof DUPLICATES)[number];

export interface MergeOptions {
  /** Where the merged gradebook.csv, summary.md and the per-submission folders go. */
  out: string;
  /** Output folders of `netlab grade` (shards), in order: a later one's rows come after. */
  dirs: string[];
  /** "error" (default): a submission in two folders stops the merge; "later": the later folder's row wins. */
  duplicates?: Duplicates;
}

export interface MergeResult {
  exerciseIds: string[];
  /** Rows in the merged gradebook. */
  rows: number;
  /** Rows of an earlier gradebook in `out` kept as they were (in none of the folders). */
  kept: string[];
  /** Submissions in more than one folder, and the folder whose row won (duplicates: "later"). */
  replaced: Array<{ name: string; from: string; over: string }>;
  /** The summary table, as on the terminal (also in out/summary.md). */
  summary: string;
}

/** The folders cannot be merged (nothing was written): the message says why and what to do. */
export class MergeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MergeError";
  }
}

/** A gradebook's rows and exercise ids; refuses a file that is not one. */
function readGradebook(file: string): { exerciseIds: string[]; rows: string[][] } {
  if (!fs.existsSync(file)) throw new MergeError(t("mergeNoGradebook", { file }));
  const [header = [], ...rows] = parseCsv(fs.readFileSync(file, "utf8"));
  const exerciseIds = header.slice(1, -2);
  if (header.join(",") !== gradebookHeader(exerciseIds).join(",")) throw new MergeError(t("mergeNotGradebook", { file, header: header.join(",") }));
  for (const [i, row] of rows.entries()) {
    const name = rowName(row);
    // A row names its folder next to the gradebook: never a path out of it.
    if (row.length !== header.length || name === "" || name === "." || name === ".." || /[/\\]/.test(name)) {
      throw new MergeError(t("mergeBadRow", { file, line: i + 2, row: row.join(",") }));
    }
  }
  return { exerciseIds, rows };
}

/**
 * Merges output folders of `netlab grade` into one, by the rules of grading into an --out that has
 * a gradebook: the same columns or nothing, rows of `out`'s own gradebook kept in place, rows
 * graded again replaced in place, new rows added in folder order. Shards 1..N of one class merged
 * in order give the gradebook of a single run over the sorted submissions. Per-submission folders
 * (results.json, feedback.md, junit.xml) are copied next to it.
 */
export function mergeGradebooks(options: MergeOptions): MergeResult {
  const out = path.resolve(options.out);
  const dirs = options.dirs.map((d) => path.resolve(d));
  if (dirs.length === 0) throw new MergeError(t("mergeNeedDirs", {}));
  const books = dirs.map((dir) => ({ dir, ...readGradebook(path.join(dir, "gradebook.csv")) }));
  const first = books[0] as (typeof books)[number];
  const exerciseIds = first.exerciseIds;
  const columns = (ids: string[]) => ids.join(", ") || "(none)";
  for (const book of books) {
    if (book.exerciseIds.join(",") !== exerciseIds.join(",")) {
      throw new MergeError(t("mergeOtherColumns", { dir: book.dir, has: columns(book.exerciseIds), first: first.dir, wants: columns(exerciseIds) }));
    }
  }
  const existing = path.join(out, "gradebook.csv");
  const previous = fs.existsSync(existing) ? readGradebook(existing) : undefined;
  if (previous && previous.exerciseIds.join(",") !== exerciseIds.join(",")) {
    throw new MergeError(t("mergeOutOtherColumns", { out, has: columns(previous.exerciseIds), wants: columns(exerciseIds) }));
  }

  // Every submission once: a second row of it is refused unless told that the later folder wins.
  const from = new Map<string, string>();
  const replaced: MergeResult["replaced"] = [];
  for (const book of books) {
    for (const row of book.rows) {
      const name = rowName(row);
      const earlier = from.get(name);
      if (earlier !== undefined && earlier !== book.dir) {
        if ((options.duplicates ?? "error") === "error") throw new MergeError(t("mergeDuplicate", { name, first: earlier, second: book.dir }));
        replaced.push({ name, from: book.dir, over: earlier });
      }
      from.set(name, book.dir);
    }
  }

  let csv = previous ? fs.readFileSync(existing, "utf8") : `${gradebookHeader(exerciseIds).join(",")}\n`;
  for (const book of books) csv = mergeGradebookRows(csv, exerciseIds, book.rows).csv;
  const dropped = new Set(from.keys());
  const kept = (previous?.rows ?? []).map(rowName).filter((name) => !dropped.has(name));

  fs.mkdirSync(out, { recursive: true });
  for (const [name, dir] of from) {
    const source = path.join(dir, name);
    const target = path.join(out, name);
    if (source === target || !fs.existsSync(source)) continue;
    fs.rmSync(target, { recursive: true, force: true });
    fs.cpSync(source, target, { recursive: true });
  }
  fs.writeFileSync(existing, csv);
  const summary = gradebookSummary(out, csv);
  fs.writeFileSync(path.join(out, "summary.md"), `## ${t("mergeSummaryHeading", { exercises: exerciseIds.length, submissions: parseCsv(csv).length - 1 })}\n\n\`\`\`\n${summary}\n\`\`\`\n`);
  return { exerciseIds, rows: parseCsv(csv).length - 1, kept, replaced, summary };
}

/** The summary table of a gradebook, times from each submission's results.json where there is one. */
function gradebookSummary(out: string, csv: string): string {
  const [header = [], ...rows] = parseCsv(csv);
  const exerciseIds = header.slice(1, -2);
  const summaryRows: SummaryRow[] = rows.map((row) => {
    const name = rowName(row);
    const [total = "", max = ""] = row.slice(-2);
    const results = path.join(out, name, "results.json");
    const seconds = fs.existsSync(results) ? (JSON.parse(fs.readFileSync(results, "utf8")) as { execution_time?: number }).execution_time : undefined;
    return {
      name,
      scores: row.slice(1, -2).map((cell) => cell || "-"),
      total: total === "" ? "not graded" : `${total}/${max}`,
      time: typeof seconds === "number" ? `${seconds}s` : "-",
    };
  });
  return summaryOfRows(exerciseIds, summaryRows);
}
