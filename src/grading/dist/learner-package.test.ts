import { installedPackages, learnerLockfile, learnerPackageJson } from "./learner-package";

describe("the starter repository's package.json and package-lock.json", () => {
  test("package.json keeps the course's dependencies and scripts, without the devDependencies and the maintainers' scripts", () => {
    const pkg = {
      scripts: { test: "jest -c jest.course.config.ts", typecheck: "tsc", engine: "bash e.sh", selftest: "tsx s.ts", mutants: "tsx m.ts", lint: "eslint .", bench: "tsx b.ts", engines: "tsx e.ts" },
      dependencies: { jest: "^30.0.0", tsx: "^4.0.0" },
      devDependencies: { eslint: "^9.0.0", mermaid: "^11.0.0" },
    };
    learnerPackageJson(pkg);
    expect(pkg).toEqual({ scripts: { test: "jest -c jest.course.config.ts", typecheck: "tsc", engine: "bash e.sh" }, dependencies: { jest: "^30.0.0", tsx: "^4.0.0" } });
  });

  test("the lockfile loses what only the devDependencies bring; a package also optional to the course stays, as optional", () => {
    const lock = {
      lockfileVersion: 3,
      packages: {
        "": { dependencies: { jest: "^30.0.0" }, devDependencies: { eslint: "^9.0.0" } },
        "node_modules/jest": { version: "30.0.0" },
        "node_modules/eslint": { version: "9.0.0", dev: true },
        "node_modules/eslint/node_modules/minimatch": { version: "3.1.0", dev: true },
        "node_modules/fsevents": { version: "2.3.3", devOptional: true },
        "node_modules/cpu-features": { version: "0.0.10", optional: true },
      },
    };
    learnerLockfile(lock);
    expect(lock.packages).toEqual({
      "": { dependencies: { jest: "^30.0.0" } },
      "node_modules/jest": { version: "30.0.0" },
      "node_modules/fsevents": { version: "2.3.3", optional: true },
      "node_modules/cpu-features": { version: "0.0.10", optional: true },
    });
  });

  test("what a lockfile installs for the project's own imports: the top of node_modules/, scoped names whole", () => {
    const lock = { packages: { "": {}, "node_modules/jest": {}, "node_modules/@types/node": {}, "node_modules/jest-config/node_modules/glob": {} } };
    expect([...installedPackages(lock)].sort()).toEqual(["@types/node", "jest"]);
  });
});
