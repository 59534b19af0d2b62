// Prints the instructor's jest project named "course" as JSON ({configPath, course, plainData}), read
// the way jest reads its config: jest-config's readInitialOptions, so jest.config.ts loads through
// the loader its docblock names. A process of its own, because jest-config loads that loader with a
// dynamic import(), which a jest worker (the grading tests run the grader in one) cannot do.
// Plain JS: node runs it, outside tsx.
const path = require("node:path");
const { isDeepStrictEqual } = require("node:util");

const root = path.resolve(process.argv[2] || ".");
const jestDir = path.dirname(require.resolve("jest/package.json", { paths: [root] }));
const { readInitialOptions } = require(require.resolve("jest-config", { paths: [jestDir] }));

const isCourse = (p) => p && typeof p === "object" && (p.displayName === "course" || (p.displayName && p.displayName.name === "course"));

readInitialOptions(undefined, { packageRootOrConfig: root }).then(({ config, configPath }) => {
  const course = (config.projects || []).find(isCourse) || null;
  // The grader writes the project into a JSON config: a function or a RegExp would be lost on the way.
  const plainData = course === null || isDeepStrictEqual(JSON.parse(JSON.stringify(course)), course);
  process.stdout.write(JSON.stringify({ configPath, course, plainData }));
});
