import { loadCatalogue } from "../../src/course/catalogue";
import type { CourseRun, TestOutcome } from "./course";
import { seconds } from "./shell";

export interface EngineResult {
  engine: string;
  solutions?: CourseRun;
  stubs?: CourseRun;
  ms: number;
  /** What went wrong around the runs: the engine did not come up, leftovers, a failed down. */
  problems: string[];
}

const NO_REASON = "(no reason recorded)";

/** Exercise ids in the catalogue's order, by test file. */
function exerciseOf(): { order: string[]; byFile: Map<string, string> } {
  const course = loadCatalogue();
  return { order: course.exercises.map((e) => e.id), byFile: new Map(course.exercises.map((e) => [e.test, e.id])) };
}

/** One cell: pass, n/a: <reason>, FAIL (k of n), or what kept it from running. */
function cell(tests: TestOutcome[] | undefined, run: CourseRun | undefined): string {
  if (!run) return "not run";
  if (!tests || tests.length === 0) return run.broken ? "FAIL (no results)" : "no tests";
  const failed = tests.filter((t) => t.status === "failed").length;
  if (failed > 0) return `FAIL (${failed} of ${tests.length})`;
  const na = tests.filter((t) => t.status === "na");
  if (na.length === 0) return "pass";
  const reasons = [...new Set(na.map((t) => t.reasonKey ?? NO_REASON))].join(", ");
  return na.length === tests.length ? `n/a: ${reasons}` : `pass, ${na.length} of ${tests.length} n/a: ${reasons}`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** Exercise × engine, on the solutions. */
export function matrix(results: EngineResult[]): string {
  const { order, byFile } = exerciseOf();
  const idOf = (t: TestOutcome) => byFile.get(t.file) ?? t.file;
  const seen = new Set(results.flatMap((r) => r.solutions?.tests.map(idOf) ?? []));
  const ids = [...order.filter((id) => seen.has(id)), ...[...seen].filter((id) => !order.includes(id))];
  const rows = ids.map((id) => [id, ...results.map((r) => cell(r.solutions?.tests.filter((t) => idOf(t) === id), r.solutions))]);
  // Each n/a reason once, under the table: its key names it in the cells.
  const legend = new Map<string, string>();
  for (const r of results) for (const t of r.solutions?.tests ?? []) if (t.reasonKey && !legend.has(`${r.engine}: ${t.reasonKey}`)) legend.set(`${r.engine}: ${t.reasonKey}`, t.detail ?? NO_REASON);
  return [table(["exercise", ...results.map((r) => r.engine)], rows), "", ...[...legend].map(([key, text]) => `n/a ${key}: ${text}`)].join("\n");
}

const count = (run: CourseRun | undefined, status: TestOutcome["status"]) => run?.tests.filter((t) => t.status === status).length ?? 0;

/** ENGINE: N passed, M n/a, K failed on solutions; S of T stub tests failed (tests, not exercises). */
export function summaryLine(r: EngineResult): string {
  const s = r.solutions;
  // n/a tests are nobody's to fail: T counts the stub tests this engine can show.
  const stubTotal = r.stubs?.tests.filter((t) => t.status !== "na").length ?? 0;
  return (
    `${r.engine}: ${count(s, "passed")} passed, ${count(s, "na")} n/a, ${count(s, "failed")} failed on solutions; ` +
    `${count(r.stubs, "failed")} of ${stubTotal} stub tests failed (${seconds(r.ms)})`
  );
}

/** Every failing solution test and every passing stub test, with the first lines of its message. */
export function details(r: EngineResult): string[] {
  const out: string[] = [];
  for (const p of r.problems) out.push(`${r.engine}: ${p}`);
  for (const run of [r.solutions, r.stubs]) if (run?.broken) out.push(`${r.engine} ${run.target}: ${run.broken}`);
  for (const t of r.solutions?.tests.filter((x) => x.status === "failed") ?? []) {
    out.push(`${r.engine} FAIL ${t.file} › ${t.titles.join(" › ")}\n${indent(t.detail ?? "")}`);
  }
  for (const t of r.stubs?.tests.filter((x) => x.status === "passed") ?? []) {
    out.push(`${r.engine} STUB PASSED ${t.file} › ${t.titles.join(" › ")}`);
  }
  return out;
}

const indent = (text: string) => text.split("\n").map((l) => `    ${l}`).join("\n");

/** The matrix fails when a solution test failed, a stub test passed, or something around the runs went wrong. */
export function failed(r: EngineResult): boolean {
  return (
    r.problems.length > 0 ||
    !r.solutions ||
    !r.stubs ||
    Boolean(r.solutions.broken || r.stubs.broken) ||
    count(r.solutions, "failed") > 0 ||
    count(r.stubs, "passed") > 0
  );
}
