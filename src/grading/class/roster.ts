import fs from "node:fs";
import path from "node:path";
import { t } from "../../messages/translate";
import { parseCsv } from "../../report/gradebook-csv";

/** One student of the roster: whose repository, and which commit of it is graded. */
export interface RosterEntry {
  student: string;
  /** As written: owner/name (GitHub), an https:// or file:// URL, or an absolute path. */
  repository: string;
  /** A full commit id to grade; or else */
  commit?: string;
  /** the last commit on the default branch at this time (ISO 8601 with a zone). */
  deadline?: string;
  /** Its line in the roster file (1-based). */
  line: number;
}

const ROSTER_COLUMNS = ["student", "repository", "commit", "deadline"] as const;
type Column = (typeof ROSTER_COLUMNS)[number];

/** The roster has problems; each names its line, column and what is wrong. Nothing was fetched. */
export class RosterError extends Error {
  constructor(readonly problems: string[]) {
    super(t("rosterProblems", { count: problems.length, problems: problems.map((p) => `- ${p}`).join("\n") }));
    this.name = "RosterError";
  }
}

/** A folder, an artifact and a matrix value at once: letters, digits, . _ - only. */
const STUDENT = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const GITHUB = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;
const COMMIT = /^[0-9a-f]{40}$/;
const DEADLINE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2})$/;

/** What git is given for a repository as the roster writes it. */
export function repositoryUrl(repository: string): string {
  if (GITHUB.test(repository)) return `https://github.com/${repository}.git`;
  if (path.isAbsolute(repository)) return `file://${repository}`;
  return repository;
}

function repositoryProblem(value: string): string | undefined {
  if (GITHUB.test(value)) return undefined;
  if (/^https:\/\/[^\s/@]+\/\S+$/.test(value) || /^file:\/\/\/\S+$/.test(value) || (path.isAbsolute(value) && !/\s/.test(value))) return undefined;
  return t("rosterBadRepository", { value });
}

/**
 * Reads a roster: a header naming the columns (student, repository, and commit or deadline, in
 * any order), then one student a line. Every problem is reported at once, each as
 * file:line:column; blank lines are skipped.
 */
export function parseRoster(text: string, file = "roster.csv"): RosterEntry[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const problems: string[] = [];
  const at = (line: number, column: number, name: string, what: string) => `${file}:${line}:${column} (${name}): ${what}`;
  const headerLine = lines.findIndex((l) => l.trim() !== "");
  if (headerLine < 0) throw new RosterError([`${file}:1: ${t("rosterEmpty", { columns: ROSTER_COLUMNS.join(",") })}`]);
  const header = (parseCsv(lines[headerLine] as string)[0] ?? []).map((h) => h.trim());
  const index = new Map<string, number>();
  header.forEach((name, i) => {
    if (!(ROSTER_COLUMNS as readonly string[]).includes(name)) problems.push(at(headerLine + 1, i + 1, name || "?", t("rosterUnknownColumn", { name, columns: ROSTER_COLUMNS.join(", ") })));
    else if (index.has(name)) problems.push(at(headerLine + 1, i + 1, name, t("rosterColumnTwice", { name })));
    else index.set(name, i);
  });
  for (const needed of ["student", "repository"] as const) if (!index.has(needed)) problems.push(`${file}:${headerLine + 1}: ${t("rosterMissingColumn", { name: needed })}`);
  if (!index.has("commit") && !index.has("deadline")) problems.push(`${file}:${headerLine + 1}: ${t("rosterMissingColumn", { name: "commit or deadline" })}`);
  if (problems.length > 0) throw new RosterError(problems);

  const entries: RosterEntry[] = [];
  const seen = new Map<string, number>();
  for (let i = headerLine + 1; i < lines.length; i++) {
    const raw = lines[i] as string;
    if (raw.trim() === "") continue;
    const line = i + 1;
    const cells = parseCsv(raw)[0] ?? [];
    if (cells.length !== header.length) {
      problems.push(`${file}:${line}: ${t("rosterCellCount", { count: cells.length, wanted: header.length, header: header.join(",") })}`);
      continue;
    }
    const cell = (name: Column) => (index.has(name) ? (cells[index.get(name) as number] ?? "").trim() : "");
    const col = (name: Column) => (index.get(name) ?? 0) + 1;
    const student = cell("student");
    const repository = cell("repository");
    const commit = cell("commit");
    const deadline = cell("deadline");
    const before = problems.length;
    if (!STUDENT.test(student)) problems.push(at(line, col("student"), "student", t("rosterBadStudent", { value: student })));
    else if (seen.has(student)) problems.push(at(line, col("student"), "student", t("rosterStudentTwice", { value: student, line: seen.get(student) as number })));
    const repoProblem = repositoryProblem(repository);
    if (repoProblem) problems.push(at(line, col("repository"), "repository", repoProblem));
    if (commit !== "" && deadline !== "") problems.push(at(line, col("deadline"), "deadline", t("rosterCommitAndDeadline", {})));
    else if (commit === "" && deadline === "") problems.push(at(line, col(index.has("commit") ? "commit" : "deadline"), index.has("commit") ? "commit" : "deadline", t("rosterNoCommitNoDeadline", {})));
    else if (commit !== "" && !COMMIT.test(commit)) problems.push(at(line, col("commit"), "commit", t("rosterBadCommit", { value: commit })));
    else if (deadline !== "" && (!DEADLINE.test(deadline) || Number.isNaN(Date.parse(deadline)))) problems.push(at(line, col("deadline"), "deadline", t("rosterBadDeadline", { value: deadline })));
    seen.set(student, seen.get(student) ?? line);
    if (problems.length === before) entries.push({ student, repository, ...(commit ? { commit } : { deadline }), line });
  }
  if (problems.length > 0) throw new RosterError(problems);
  return entries;
}

/** Reads and checks the roster file; a missing file is a RosterError too. */
export function readRoster(file: string): RosterEntry[] {
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new RosterError([t("rosterNoFile", { file })]);
  return parseRoster(fs.readFileSync(file, "utf8"), path.basename(file));
}
