import fs from "node:fs";
import path from "node:path";
import { JEST_CONFIG_FILE } from "./start-jest";
import { courseModuleMapper, ENTRY_POINT, mapRequest, TARGET_ALIAS, targetDir } from "./target-map";

const root = path.resolve(__dirname, "..", "..");

describe("the @target / netlab mapping, written once", () => {
  test("@target/... leads into the target folder, netlab to the entry point, anything else is left alone", () => {
    expect(mapRequest("@target/ch3/link", "/p", "/p/solutions")).toBe("/p/solutions/ch3/link");
    expect(mapRequest("netlab", "/p", "/p/solutions")).toBe(path.join("/p", ENTRY_POINT));
    expect(mapRequest("../../src/testing", "/p", "/p/solutions")).toBeUndefined();
    expect(mapRequest("netlab-other", "/p", "/p/solutions")).toBeUndefined();
  });

  test("the target: exercises/ or solutions/ inside the project, any other folder as a path", () => {
    expect(targetDir("solutions")).toBe("<rootDir>/solutions");
    expect(targetDir("exercises", "/p")).toBe("/p/exercises");
    expect(targetDir("/stage/exercises", "/p")).toBe("/stage/exercises");
  });

  test("jest's course project maps as target-map.js says", () => {
    const before = process.env.NETLAB_TARGET;
    delete process.env.NETLAB_TARGET;
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const loaded = require(path.join(root, JEST_CONFIG_FILE)) as { default?: unknown };
        const config = (loaded.default ?? loaded) as { projects: Array<{ displayName?: string; moduleNameMapper?: Record<string, string> }> };
        const course = config.projects.find((p) => p.displayName === "course");
        expect(course?.moduleNameMapper).toEqual(courseModuleMapper(targetDir("exercises")));
      });
    } finally {
      if (before !== undefined) process.env.NETLAB_TARGET = before;
    }
  });

  test("tsconfig's paths are the same mapping for the type checker (the solutions stand for any target)", () => {
    const tsconfig = JSON.parse(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8")) as { compilerOptions: { paths: Record<string, string[]> } };
    expect(tsconfig.compilerOptions.paths).toEqual({ [`${TARGET_ALIAS}/*`]: ["solutions/*"], netlab: [ENTRY_POINT] });
  });
});
