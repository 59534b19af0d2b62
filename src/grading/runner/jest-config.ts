import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Config } from "jest";
import { t } from "../../messages/translate";

/** The signal that a test file has loaded and its tests begin (the grader counts its file timeout from there). */
const TESTS_BEGIN = path.join(__dirname, "..", "..", "jest-run", "tests-begin.ts");

// jest types a project as a bare record; its options are those of a config.
type Project = Config;

export interface GradingConfigOptions {
  /** The instructor's project: its jest config, tests, framework and node_modules are used. */
  root: string;
  /** jest workers for this run. */
  workers: number;
  /** A folder laid out like test/ with instructor-only tests. */
  extraTests?: string;
}

const READER = path.join(__dirname, "read-course-project.js");
const read = new Map<string, Promise<Project>>();

/**
 * The instructor's jest project named "course", read as jest reads the config in `root` (jest.config.ts
 * and its loader), in a node process of its own (read-course-project.js). The same for every
 * submission: read once per root.
 */
export function readCourseProject(root: string): Promise<Project> {
  const key = path.resolve(root);
  let project = read.get(key);
  if (!project) {
    project = readOnce(key);
    // A failed read is not kept: the next submission tries again.
    project.catch(() => read.delete(key));
    read.set(key, project);
  }
  return project;
}

async function readOnce(root: string): Promise<Project> {
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(process.execPath, [READER, root], { cwd: root, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }));
  } catch (err) {
    const detail = err instanceof Error ? `${(err as { stderr?: string }).stderr || err.message}`.trim() : String(err);
    throw new Error(t("gradeConfigUnreadable", { root, detail }));
  }
  const { configPath, course, plainData } = JSON.parse(stdout) as { configPath: string; course: Project | null; plainData: boolean };
  if (!course) throw new Error(t("gradeNoCourseProject", { config: configPath }));
  if (!plainData) throw new Error(t("gradeCourseProjectNotData", { config: configPath }));
  return course;
}

/**
 * The jest config of one grading run, as data: the instructor's own "course" project, plus the
 * grading reporter, the guard against process.exit, and room for hidden tests. The code under test
 * comes from NETLAB_TARGET (the staged exercise files); nothing of the submission's config is read.
 * The project part is the same for every submission, so ts-jest compiles the framework and the tests
 * once and reuses them (its cache is keyed by the project config and id).
 */
function gradingConfig(course: Project, options: GradingConfigOptions): Config {
  const root = path.resolve(options.root);
  const extra = options.extraTests ? path.resolve(options.extraTests) : undefined;
  // @target/... is resolved from NETLAB_TARGET when a test imports it (target-resolver.js), not here.
  const { "^@target/(.*)$": _target, ...mapper } = (course.moduleNameMapper ?? {}) as Record<string, string | string[]>;
  // Hidden tests sit elsewhere but import like test/chN/ files do: ../../src/testing.
  if (extra) mapper["^\\.\\./\\.\\./src/(.*)$"] = `${root}/src/$1`;
  return {
    rootDir: root,
    maxWorkers: Math.max(1, Math.floor(options.workers)),
    // Always in workers, never in jest's own process: learner code that blocks or ends its process
    // then takes down one test file, never the run.
    workerIdleMemoryLimit: "2GB",
    watchman: false,
    // No reporter here: startJest (src/jest-run) adds netlab's one reporter to every run it starts.
    projects: [
      {
        ...course,
        id: "netlab-grade",
        rootDir: root,
        roots: extra ? [root, extra] : [root],
        testMatch: [...[course.testMatch ?? []].flat(), ...(extra ? [`${extra}/**/*.test.ts`] : [])],
        moduleNameMapper: mapper,
        resolver: path.join(__dirname, "target-resolver.js"),
        moduleDirectories: ["node_modules", `${root}/node_modules`],
        // TESTS_BEGIN last, once (the course project may name it too): the file's bound starts after the guard is in.
        setupFilesAfterEnv: [...(course.setupFilesAfterEnv ?? []).filter((file) => path.basename(file) !== path.basename(TESTS_BEGIN)), path.join(__dirname, "grading-guard.ts"), TESTS_BEGIN],
      },
    ],
  };
}

/** Writes the jest config of one grading run (a JSON file; removed with the stage afterwards). */
export async function writeGradingConfig(file: string, options: GradingConfigOptions): Promise<void> {
  const config = gradingConfig(await readCourseProject(options.root), options);
  fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}
