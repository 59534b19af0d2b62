import { byName, partsOf, shardOf } from "../class/shard";
import type { RosterEntry } from "../class/roster";

/** A run starts at most 256 jobs (GitHub's matrix limit): the chunk's fetch job, its grading jobs, the merge. */
export const MAX_JOBS_PER_RUN = 256;
export const GRADE_JOBS_PER_RUN = MAX_JOBS_PER_RUN - 2;
/** The repository secret holding a read-only token for the students' repositories (fetch jobs only). */
export const TOKEN_SECRET = "NETLAB_ROSTER_TOKEN";

export interface GraderWorkflowOptions {
  roster: RosterEntry[];
  /** The roster's path in the instructor's repository, relative to its root (posix). */
  rosterPath: string;
  /** The hidden tests' folder in the instructor's repository, relative to its root (posix). */
  extraTests?: string;
  /** netlab grade --timeout, per exercise. */
  timeoutSeconds?: number;
}

/** The chunks of the roster, as `netlab roster fetch --shard k/K` takes them: sorted by student, contiguous. */
export function rosterChunks(roster: RosterEntry[]): RosterEntry[][] {
  const count = partsOf(roster.length, GRADE_JOBS_PER_RUN);
  return Array.from({ length: count }, (_, i) => shardOf(roster, { index: i + 1, count }, (e) => e.student));
}

/** The commands a grading job and the merge job run: the local rehearsal runs the same ones. */
export function gradeCommand(submissions: string[], out: string, options: { extraTests?: string; timeoutSeconds?: number; exercises?: string[]; jobs?: number; shard?: string } = {}): string[] {
  return [
    "grade",
    ...submissions,
    "--out",
    out,
    "--jobs",
    String(options.jobs ?? 1),
    ...(options.shard ? ["--shard", options.shard] : []),
    ...(options.timeoutSeconds ? ["--timeout", String(options.timeoutSeconds)] : []),
    ...(options.extraTests ? ["--extra-tests", options.extraTests] : []),
    ...(options.exercises ? ["--exercises", options.exercises.join(",")] : []),
  ];
}
export const mergeCommand = (out: string, dirs: string[]): string[] => ["gradebook", "merge", "--out", out, ...dirs];

const quote = (s: string) => JSON.stringify(s);
/** A shell word: the values here are checked names and paths, quoted all the same. */
const sh = (s: string) => (/^[A-Za-z0-9_./$"{}-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`);
const SETUP = [
  "      - name: \"Check out the instructor's repository (the grader, its tests, the roster)\"",
  "        uses: actions/checkout@v4",
  "        with:",
  "          persist-credentials: false",
  "      - uses: actions/setup-node@v4",
  "        with:",
  "          node-version: 20",
  "          cache: npm",
];
const INSTALL = ["      - name: \"Install netlab\"", "        run: npm ci --no-audit --no-fund"];

/**
 * The instructor-owned grading workflow (.github/workflows/netlab-grade-class.yml of the private
 * repository that holds the hidden tests). Dispatched once per chunk of at most 254 students:
 *
 * - fetch-K (contents: read, and the one job given the read-only token secret): fetches the
 *   chunk's submissions at their commits with `netlab roster fetch` (git only: no learner code runs)
 *   and uploads each as its own artifact;
 * - grade-K, a matrix of one job per student (contents: read to check out this repository, no
 *   secrets, no token that reaches any other repository): downloads that student's submission
 *   only, grades it with the hidden tests, uploads its output folder;
 * - merge (contents: read): `netlab gradebook merge` of the output folders into gradebook.csv
 *   (artifact) and the summary table into the job summary. It reads files; it runs no learner code.
 */
export function graderWorkflow(options: GraderWorkflowOptions): string {
  const chunks = rosterChunks(options.roster);
  const count = chunks.length;
  const jobs: string[] = [];
  chunks.forEach((chunk, i) => {
    const k = i + 1;
    const students = [...chunk].map((e) => e.student).sort(byName);
    jobs.push(
      `  fetch-${k}:`,
      `    name: "Fetch chunk ${k}/${count} (${students.length} submissions)"`,
      `    if: inputs.chunk == '${k}'`,
      "    runs-on: ubuntu-24.04",
      "    timeout-minutes: 60",
      "    permissions:",
      "      contents: read",
      "    steps:",
      ...SETUP,
      "      - name: \"Install netlab (no package scripts: this job holds the token)\"",
      "        run: npm ci --no-audit --no-fund --ignore-scripts",
      "      - name: \"Fetch the submissions at their commits (git only; no learner code runs in this job)\"",
      "        env:",
      `          NETLAB_GIT_TOKEN: \${{ secrets.${TOKEN_SECRET} }}`,
      `        run: npx netlab roster fetch ${sh(options.rosterPath)} --into submissions --shard ${k}/${count}`,
      ...students.flatMap((s) => [
        `      - name: ${quote(`Upload ${s}`)}`,
        "        if: always()",
        "        uses: actions/upload-artifact@v4",
        "        with:",
        `          name: ${quote(`submission-${s}`)}`,
        `          path: ${quote(`submissions/${s}`)}`,
        "          if-no-files-found: warn",
        "          retention-days: 1",
      ]),
      `  grade-${k}:`,
      `    name: "Grade \${{ matrix.student }}"`,
      `    needs: fetch-${k}`,
      `    if: "!cancelled() && inputs.chunk == '${k}'"`,
      "    runs-on: ubuntu-24.04",
      "    timeout-minutes: 60",
      "    permissions:",
      "      contents: read",
      "    strategy:",
      "      fail-fast: false",
      "      matrix:",
      "        student:",
      ...students.map((s) => `          - ${quote(s)}`),
      "    steps:",
      ...SETUP,
      "      - name: \"Install netlab (and a static busybox for the offline lab image)\"",
      "        run: |",
      "          sudo apt-get update -qq && sudo apt-get install -y -qq busybox-static",
      "          npm ci --no-audit --no-fund",
      "          docker info --format 'Docker {{.ServerVersion}}'",
      "      - name: \"This student's submission, and no one else's\"",
      "        uses: actions/download-artifact@v4",
      "        with:",
      `          name: submission-\${{ matrix.student }}`,
      `          path: submissions/\${{ matrix.student }}`,
      "      - name: \"Grade with the instructor's tests, hidden ones included\"",
      "        env:",
      `          STUDENT: \${{ matrix.student }}`,
      `        run: npx netlab ${gradeCommand(['submissions/"$STUDENT"'], "graded", { extraTests: options.extraTests, timeoutSeconds: options.timeoutSeconds }).slice(0).map(sh).join(" ")}`,
      "      - name: \"Upload the output folder\"",
      "        if: always()",
      "        uses: actions/upload-artifact@v4",
      "        with:",
      `          name: graded-\${{ matrix.student }}`,
      "          path: graded",
      "          retention-days: 30",
    );
  });
  jobs.push(
    "  merge:",
    "    name: Gradebook",
    `    needs: [${chunks.map((_, i) => `grade-${i + 1}`).join(", ")}]`,
    "    if: \"!cancelled()\"",
    "    runs-on: ubuntu-24.04",
    "    timeout-minutes: 30",
    "    permissions:",
    "      contents: read",
    "    steps:",
    ...SETUP,
    ...INSTALL,
    "      - name: \"Every student's output folder (files only; nothing of them runs)\"",
    "        uses: actions/download-artifact@v4",
    "        with:",
    "          pattern: graded-*",
    "          path: shards",
    `      - name: "Merge into one gradebook"`,
    "        run: |",
    `          npx netlab ${mergeCommand("gradebook", ["shards/*"]).join(" ")}`,
    '          cat gradebook/summary.md >> "$GITHUB_STEP_SUMMARY"',
    "      - uses: actions/upload-artifact@v4",
    "        with:",
    "          name: gradebook-chunk-${{ inputs.chunk }}",
    "          path: gradebook",
    "          retention-days: 90",
  );
  return [
    "# Written by `netlab dist --grader-workflow`: grade the class from the instructor's own repository.",
    `# ${options.roster.length} students in ${count} chunk(s) of at most ${GRADE_JOBS_PER_RUN}: dispatch it once per chunk (Actions > Run workflow).`,
    `# Needs the secret ${TOKEN_SECRET}: a token that can only read the students' repositories (fine-grained, Contents: read).`,
    "# Only the fetch jobs get it; learner code runs in grading jobs, which get no secret and read only this repository.",
    "# Written from the roster: run `netlab dist --grader-workflow` again when it changes.",
    "name: Grade the class",
    "on:",
    "  workflow_dispatch:",
    "    inputs:",
    "      chunk:",
    `        description: "Which chunk of the roster (1 to ${count}; at most ${GRADE_JOBS_PER_RUN} students each)"`,
    "        type: choice",
    "        default: '1'",
    "        options:",
    ...chunks.map((_, i) => `          - '${i + 1}'`),
    "permissions: {}",
    "jobs:",
    ...jobs,
    "",
  ].join("\n");
}
