import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { loadCatalogue } from "../../src/course/catalogue";
import { checkDist } from "../../src/grading/dist/check-dist";
import { fileResults } from "../../src/jest-run/events";
import { startJest } from "../../src/jest-run/start-jest";

const root = path.resolve(__dirname, "..", "..");
const course = loadCatalogue();

/**
 * What a learner's `npm test` and `netlab` need: the starter repository's package.json holds these and no more.
 * netlab-cli is the `netlab` command itself (bin/, file:bin), which npm links into node_modules/.bin.
 */
const LEARNER_PACKAGES = ["@types/dockerode", "@types/jest", "@types/node", "@types/ping", "dockerode", "esbuild-register", "jest", "jest-environment-node", "netlab-cli", "ping", "testcontainers", "ts-jest", "tsx", "typescript"];
/** The maintainers' lint, docs and workflow checks: never installed by a learner. */
const MAINTAINERS_ONLY = ["eslint", "typescript-eslint", "@eslint/js", "mermaid", "jsdom", "@actions/workflow-parser", "knip", "github-slugger"];

async function netlab(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { cwd: root, stdout: (s) => (out += `${s}\n`), stderr: (s) => (err += `${s}\n`) });
  return { code, out, err };
}

describe("netlab dist: a starter repository for learners", () => {
  let tmp: string;
  let dist: string;

  beforeAll(async () => {
    process.env.NETLAB_LANG = "en";
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-dist-"));
    dist = path.join(tmp, "starter");
    const { code, out, err } = await netlab("dist", dist);
    if (code !== 0) throw new Error(`netlab dist exited with ${code}: ${out}${err}`);
  });
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

  test("stubs, docs, tests and the framework; no solutions, no grading tests, no course CI", () => {
    expect(checkDist(dist, course)).toEqual([]);
    for (const e of course.exercises) {
      expect(fs.readFileSync(path.join(dist, "exercises", e.file), "utf8")).toBe(fs.readFileSync(path.join(root, "exercises", e.file), "utf8"));
    }
    for (const present of ["README.md", "package.json", "package-lock.json", "jest.config.ts", "jest.course.config.ts", "docs/en", "docs/zh", "src/index.ts", "bin/netlab.js", "bin/package.json", ".npmrc", "scripts/reap-run.js"]) expect([present, fs.existsSync(path.join(dist, present))]).toEqual([present, true]);
    for (const absent of ["solutions", "test/grading", ".ci", ".git", "node_modules", "scripts/measure-grading.ts"]) expect([absent, fs.existsSync(path.join(dist, absent))]).toEqual([absent, false]);
    const tsconfig = JSON.parse(fs.readFileSync(path.join(dist, "tsconfig.json"), "utf8")) as { compilerOptions: { paths: Record<string, string[]> }; include: string[] };
    expect(tsconfig.compilerOptions.paths["@target/*"]).toEqual(["exercises/*"]);
    expect(tsconfig.include).not.toContain("solutions");
    expect((JSON.parse(fs.readFileSync(path.join(dist, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts.selftest).toBeUndefined();
  });

  test("package.json and its lockfile hold what a learner needs, not the maintainers' tools, scripts or their files", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(dist, "package.json"), "utf8")) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies?: object };
    expect(pkg.devDependencies).toBeUndefined();
    expect(Object.keys(pkg.dependencies).sort()).toEqual(LEARNER_PACKAGES);
    // yaml stays in the lockfile (testcontainers' docker-compose needs it), never as one of the learners' own.
    expect(Object.keys(pkg.dependencies)).not.toContain("yaml");
    const lock = JSON.parse(fs.readFileSync(path.join(dist, "package-lock.json"), "utf8")) as { packages: Record<string, { dev?: boolean }> };
    expect(Object.keys(lock.packages).filter((at) => MAINTAINERS_ONLY.some((name) => at.endsWith(`node_modules/${name}`)))).toEqual([]);
    expect(Object.entries(lock.packages).filter(([, entry]) => entry.dev)).toEqual([]);
    expect(Object.keys(pkg.scripts).sort()).toEqual(["engine", "test", "typecheck"]);
    for (const absent of ["eslint.config.mjs", "knip.ts", "src/dev", "test/cli", "test/framework", "scripts/bench.ts", "scripts/bench", "scripts/engines.ts", "scripts/engines", "docs/performance.md"]) {
      expect([absent, fs.existsSync(path.join(dist, absent))]).toEqual([absent, false]);
    }
    // The unit tests beside the code are the maintainers' too: what a copy ships, its learner can run.
    const shipped = fs.readdirSync(path.join(dist, "src"), { recursive: true, encoding: "utf8" });
    expect(shipped.filter((rel) => rel.endsWith(".test.ts") || rel.includes("__snapshots__"))).toEqual([]);
  });

  test("the docs and README lose the solution links and the maintainers' parts, in the copy only", () => {
    const page = "docs/zh/ch3-linking-containers.md";
    expect(fs.readFileSync(path.join(root, page), "utf8")).toContain("](../../solutions/ch3/link.ts)");
    expect(fs.readFileSync(path.join(dist, page), "utf8")).not.toContain("solutions/");
    const readme = fs.readFileSync(path.join(dist, "README.md"), "utf8");
    expect(readme).toContain("## Quick start (students)");
    expect(readme).not.toMatch(/npm run selftest|solutions\/|dist:drop/);
  });

  test("a GitHub Classroom workflow with one step per exercise, worth its points", () => {
    const yaml = fs.readFileSync(path.join(dist, ".github", "workflows", "classroom.yml"), "utf8");
    expect(yaml.match(/uses: classroom-resources\/autograding-command-grader@v1/g)).toHaveLength(course.exercises.length);
    for (const e of course.exercises) expect(yaml).toContain(`max-score: ${e.points}`);
  });

  test("the learner's npm test there fails every exercise with \"not yet done\"", async () => {
    fs.symlinkSync(path.join(root, "node_modules"), path.join(dist, "node_modules"));
    const npmTest = (JSON.parse(fs.readFileSync(path.join(dist, "package.json"), "utf8")) as { scripts: { test: string } }).scripts.test;
    const args = npmTest.replace(/^jest\s*/, "").split(/\s+/).filter(Boolean);
    // The starter's own jest (its node_modules), run as netlab runs every jest: its events say what each test did.
    const run = startJest({ root: dist, args: [...args, "--ci"], env: { ...process.env, NETLAB_TARGET: "exercises", NETLAB_RUN_ID: "", JEST_WORKER_ID: "" } });
    const timer = setTimeout(() => run.kill(), 240_000);
    const end = await run.ended;
    clearTimeout(timer);
    const results = [...fileResults(end.events).values()];
    expect(end.code).toBe(1);
    expect(results.filter((r) => r.execError)).toEqual([]);
    const tests = results.flatMap((r) => r.tests.map((x) => ({ ...x, file: r.file })));
    const files = new Set(tests.map((x) => path.relative(dist, x.file)));
    expect([...files].sort()).toEqual(course.exercises.map((e) => e.test).sort());
    expect(tests.filter((x) => !(x.status === "failed" && x.failures.some((m) => m.text.includes("not yet done"))))).toEqual([]);
  }, 300_000);

  test("refuses a folder that is not empty, and hidden tests outside --gradescope", async () => {
    const again = await netlab("dist", dist);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/exists and is not empty/);
    const hidden = await netlab("dist", path.join(tmp, "other"), "--extra-tests", tmp);
    expect(hidden.code).toBe(2);
    expect(hidden.err).toMatch(/--extra-tests goes with --gradescope only/);
  });

  test("--gradescope: the autograder's content, with setup.sh, run_autograder and the hidden tests", async () => {
    const hidden = path.join(tmp, "hidden");
    fs.mkdirSync(path.join(hidden, "ch3"), { recursive: true });
    fs.writeFileSync(path.join(hidden, "ch3", "extra.test.ts"), 'describe("ch3-link: more", () => { test("x", () => {}); });\n');
    const zip = path.join(tmp, "autograder");
    const { code } = await netlab("dist", zip, "--gradescope", "--extra-tests", hidden);
    expect(code).toBe(0);
    for (const script of ["setup.sh", "run_autograder"]) {
      expect(fs.statSync(path.join(zip, script)).mode & 0o111).not.toBe(0);
      expect(spawnSync("bash", ["-n", path.join(zip, script)]).status).toBe(0);
    }
    expect(fs.existsSync(path.join(zip, "hidden-tests", "ch3", "extra.test.ts"))).toBe(true);
    expect(fs.existsSync(path.join(zip, "solutions"))).toBe(false);
  });
});
