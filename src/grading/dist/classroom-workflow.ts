import type { Course } from "../../course/catalogue";

/** A YAML double-quoted scalar. */
const quote = (s: string) => JSON.stringify(s);

/**
 * The GitHub Classroom autograding workflow for a starter repository: one command-grader step per
 * exercise, worth its points, running that exercise's test file; then the reporter that adds them up.
 * Classroom gives a step all or nothing; `netlab grade` gives partial credit per test.
 */
export function classroomWorkflow(course: Course, timeoutMinutes = 5): string {
  const steps = course.exercises.map((e) =>
    [
      `      - name: ${quote(e.id)}`,
      `        id: ${e.id}`,
      `        uses: classroom-resources/autograding-command-grader@v1`,
      `        with:`,
      `          test-name: ${quote(`${e.id}: ${e.title.en}`)}`,
      `          command: ${quote(`npx jest ${e.test} --selectProjects course --ci`)}`,
      `          timeout: ${timeoutMinutes}`,
      `          max-score: ${e.points}`,
    ].join("\n"),
  );
  return [
    "# Written by `netlab dist`: one autograding step per exercise, worth its points.",
    "# Every exercise's tests run on the runner's own Docker engine; nothing is pulled but npm packages.",
    "name: Autograding Tests",
    "on:",
    "  - push",
    "  - repository_dispatch",
    "permissions:",
    "  checks: write",
    "  actions: read",
    "  contents: read",
    "jobs:",
    "  run-autograding-tests:",
    "    runs-on: ubuntu-latest",
    "    if: github.actor != 'github-classroom[bot]'",
    "    timeout-minutes: 60",
    "    steps:",
    "      - name: Checkout code",
    "        uses: actions/checkout@v4",
    "      - name: Set up Node.js",
    "        uses: actions/setup-node@v4",
    "        with:",
    "          node-version: 20",
    "      - name: Install (npm packages; a static busybox for the offline lab image)",
    "        run: |",
    "          sudo apt-get update -qq && sudo apt-get install -y -qq busybox-static",
    "          npm ci --no-audit --no-fund",
    "          docker info --format 'Docker {{.ServerVersion}}'",
    ...steps,
    "      - name: Autograding Reporter",
    "        uses: classroom-resources/autograding-grading-reporter@v1",
    "        env:",
    ...course.exercises.map((e) => `          ${e.id.toUpperCase()}_RESULTS: "\${{steps.${e.id}.outputs.result}}"`),
    "        with:",
    `          runners: ${course.exercises.map((e) => e.id).join(",")}`,
    "",
  ].join("\n");
}
