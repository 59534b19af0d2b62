import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadCatalogue, type Course, type Exercise } from "../course/catalogue";
import { bareReasons } from "./bare-message";
import { fileResults, type FileResult } from "../jest-run/events";
import { COURSE_CONFIG_FILE, startJest } from "../jest-run/start-jest";
import { inPool } from "../async/in-pool";

/**
 * `npm run mutants`: the course's own mutation suite. Each file test/mutants/<exercise id>/<mistake>.ts
 * is a wrong solution a learner writes (a comment says which claim it breaks); it is put in place of
 * its reference solution and the exercise's test runs against it. A mutant is
 *   killed    a test of its exercise ran and failed, and every failure it caused teaches (bareReasons);
 *   weak      killed, but a failure it caused is bare (a jest diff, a raw engine error, an error class);
 *   survived  every test of its exercise that ran passed (skipped tests, testNeeding's n/a, do not kill);
 *   broken    the test file did not run at all (the mutant does not compile, or crashed the suite).
 * Mutants of different exercises share a run (one per exercise per round): each course test imports
 * its own exercise only.
 */
export const MUTANTS_DIR = "test/mutants";

export interface Mutant {
  exercise: Exercise;
  name: string;
  /** test/mutants/<id>/<name>.ts, relative to the root. */
  file: string;
}

export interface MutantVerdict {
  mutant: Mutant;
  verdict: "killed" | "weak" | "survived" | "broken";
  /** The titles of the tests that failed (the first is the one named in the table). */
  killedBy: string[];
  /** For a weak mutant: each bare failure, its test title and why it is bare. */
  bare: Array<{ test: string; reasons: string[] }>;
  detail?: string;
}

/** The mutants on disk, per exercise of the catalogue; problems for what is missing or misplaced. */
export function listMutants(root: string, course: Course = loadCatalogue()): { mutants: Mutant[]; problems: string[] } {
  const problems: string[] = [];
  const mutants: Mutant[] = [];
  const dir = path.join(root, MUTANTS_DIR);
  const known = new Set(course.exercises.map((e) => e.id));
  for (const entry of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    if (!known.has(entry)) problems.push(`${MUTANTS_DIR}/${entry}: no exercise has this id`);
  }
  for (const exercise of course.exercises) {
    const folder = path.join(dir, exercise.id);
    const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((f) => f.endsWith(".ts")).sort() : [];
    if (files.length < 3) problems.push(`${exercise.id}: ${files.length} mutants in ${MUTANTS_DIR}/${exercise.id} (at least 3)`);
    const solution = fs.readFileSync(path.join(root, "solutions", exercise.file), "utf8");
    for (const f of files) {
      const file = `${MUTANTS_DIR}/${exercise.id}/${f}`;
      const source = fs.readFileSync(path.join(root, file), "utf8");
      problems.push(...mutantShapeProblems(file, source, solution));
      mutants.push({ exercise, name: f.replace(/\.ts$/, ""), file });
    }
  }
  return { mutants, problems };
}

/** A mutant is a complete exercise file: the solution's exports, imports from "netlab" only, the claim it breaks said. */
export function mutantShapeProblems(file: string, source: string, solution: string): string[] {
  const problems: string[] = [];
  const exports = (text: string) => [...text.matchAll(/^export\s+(?:async\s+)?(?:const|function|interface|type|let)\s+(\w+)/gm)].map((m) => m[1]).sort();
  const [own, wanted] = [exports(source), exports(solution)];
  if (own.join() !== wanted.join()) problems.push(`${file}: exports ${own.join(", ") || "nothing"}, its solution ${wanted.join(", ")}`);
  const imports = [...source.matchAll(/\bfrom\s+["']([^"']+)["']|\brequire\(\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
  for (const spec of imports.filter((s) => s !== "netlab")) problems.push(`${file}: imports "${spec}" (a mutant imports "netlab" only)`);
  if (!/^\/\/ Breaks the claim: .+/m.test(source)) problems.push(`${file}: no "// Breaks the claim: ..." comment`);
  return problems;
}

/** Round r holds the r-th mutant of every exercise that has one. */
export function rounds(mutants: Mutant[]): Mutant[][] {
  const byExercise = new Map<string, Mutant[]>();
  for (const m of mutants) byExercise.set(m.exercise.id, [...(byExercise.get(m.exercise.id) ?? []), m]);
  const depth = Math.max(0, ...[...byExercise.values()].map((list) => list.length));
  return Array.from({ length: depth }, (_, r) => [...byExercise.values()].flatMap((list) => (list[r] ? [list[r]] : [])));
}

/** What one mutant's test file showed. */
export function judge(mutant: Mutant, results: Map<string, FileResult> | undefined, root: string): MutantVerdict {
  const testFile = path.join(root, mutant.exercise.test);
  const none = { mutant, killedBy: [], bare: [] };
  if (!results || results.size === 0) return { ...none, verdict: "broken", detail: "jest reported no test file" };
  const result = [...results.values()].find((r) => path.resolve(r.file) === testFile);
  if (result?.execError && result.tests.length === 0) return { ...none, verdict: "broken", detail: result.execError.split("\n").slice(0, 4).join(" ") };
  const tests = result?.tests ?? [];
  if (tests.length === 0) return { ...none, verdict: "broken", detail: `no test of ${mutant.exercise.test} ran` };
  const failed = tests.filter((t) => t.status === "failed");
  if (failed.length === 0) return { ...none, verdict: "survived" };
  const bare = failed.flatMap((t) => {
    const reasons = [...new Set(t.failures.flatMap((f) => bareReasons(f.text)))];
    return reasons.length > 0 ? [{ test: t.title, reasons }] : [];
  });
  return { mutant, verdict: bare.length > 0 ? "weak" : "killed", killedBy: failed.map((t) => t.title), bare };
}

export interface MutantsOptions {
  root: string;
  /** Jest runs at once (each a round); the engine deadlocks under heavy churn (moby/moby#42545). */
  parallel?: number;
  log?: (line: string) => void;
  /** Only these exercise ids. */
  only?: string[];
}

/** Runs every mutant; verdicts in the order of the catalogue and of the files. */
export async function runMutants(options: MutantsOptions): Promise<{ verdicts: MutantVerdict[]; problems: string[]; ms: number }> {
  const { root } = options;
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const listed = listMutants(root);
  const mutants = listed.mutants.filter((m) => !options.only || options.only.includes(m.exercise.id));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-mutants-"));
  const plan = rounds(mutants);
  const verdicts: MutantVerdict[] = [];
  let done = 0;
  log(`mutants: ${mutants.length} wrong solutions of ${new Set(mutants.map((m) => m.exercise.id)).size} exercises, in ${plan.length} rounds, ${options.parallel ?? 2} at once`);
  const runRound = async (round: Mutant[], r: number) => {
    const target = path.join(scratch, `round-${r}`);
    fs.cpSync(path.join(root, "solutions"), target, { recursive: true });
    for (const m of round) fs.copyFileSync(path.join(root, m.file), path.join(target, m.exercise.file));
    const run = startJest({
      root,
      args: ["-c", path.join(root, COURSE_CONFIG_FILE), ...round.map((m) => path.join(root, m.exercise.test))],
      env: {
        ...process.env,
        NETLAB_TARGET: target,
        NETLAB_WORKERS: process.env.NETLAB_WORKERS ?? "3",
        // A shared, busy machine is not learner code that hangs.
        NETLAB_EXERCISE_TIMEOUT_MS: process.env.NETLAB_EXERCISE_TIMEOUT_MS ?? "90000",
      },
    });
    const end = await run.ended;
    const results = fileResults(end.events);
    log(`  round ${r + 1} (${round.length} mutants) took ${(end.ms / 1000).toFixed(1)}s`);
    for (const m of round) {
      const v = judge(m, results, root);
      if (results.size === 0) v.detail = end.output.split("\n").slice(-5).join(" ");
      verdicts.push(v);
      done++;
      log(`  [${String(done).padStart(2)}/${mutants.length}] ${v.verdict.padEnd(8)} ${m.exercise.id}/${m.name}${v.killedBy[0] ? ` (by "${v.killedBy[0]}")` : ""}`);
    }
  };
  await inPool(plan, options.parallel ?? 2, runRound);
  // NETLAB_MUTANTS_KEEP=1 keeps each round's folder (to read a failure in full).
  if (process.env.NETLAB_MUTANTS_KEEP) log(`mutants: rounds kept in ${scratch}`);
  else fs.rmSync(scratch, { recursive: true, force: true });
  const order = new Map(mutants.map((m, i) => [m.file, i]));
  verdicts.sort((a, b) => (order.get(a.mutant.file) ?? 0) - (order.get(b.mutant.file) ?? 0));
  return { verdicts, problems: listed.problems, ms: Date.now() - started };
}

/** The table for the note and the terminal: exercise, mutant, verdict, the test that killed it. */
export function mutantsTable(verdicts: MutantVerdict[]): string {
  const rows = verdicts.map((v) => [v.mutant.exercise.id, v.mutant.name, v.verdict, v.killedBy[0] ?? v.detail ?? ""]);
  const head = ["exercise", "mutant", "verdict", "killed by (first failing test)"];
  const lines = [head, head.map(() => "---"), ...rows].map((r) => `| ${r.join(" | ")} |`);
  const count = (k: MutantVerdict["verdict"]) => verdicts.filter((v) => v.verdict === k).length;
  lines.push("", `${verdicts.length} mutants: ${count("killed")} killed, ${count("weak")} weak, ${count("survived")} survived, ${count("broken")} broken`);
  for (const v of verdicts.filter((x) => x.bare.length > 0)) {
    for (const b of v.bare) lines.push(`  weak: ${v.mutant.exercise.id}/${v.mutant.name}: "${b.test}": ${b.reasons.join("; ")}`);
  }
  return lines.join("\n");
}

if (require.main === module) {
  const root = path.resolve(__dirname, "..", "..");
  const only = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  runMutants({ root, parallel: Number(process.env.NETLAB_MUTANT_RUNS ?? 2), only: only.length ? only : undefined, log: (l) => process.stdout.write(`${l}\n`) }).then(
    ({ verdicts, problems, ms }) => {
      process.stdout.write(`\n${mutantsTable(verdicts)}\n`);
      for (const p of problems) process.stdout.write(`problem: ${p}\n`);
      // The floor of 48 is the whole suite's: a run of some exercises only is judged on its own mutants.
      const ok = problems.length === 0 && (only.length > 0 || verdicts.length >= 48) && verdicts.every((v) => v.verdict === "killed");
      if (verdicts.length < 48 && !only.length) process.stdout.write(`problem: ${verdicts.length} mutants (at least 48)\n`);
      process.stdout.write(`mutants: ${ok ? "all killed with a teaching message" : "NOT all killed with a teaching message"} (${(ms / 1000).toFixed(1)}s)\n`);
      process.exit(ok ? 0 : 1);
    },
    (err: unknown) => {
      process.stderr.write(`mutants itself failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(2);
    },
  );
}
