// Where "@target/..." and "netlab" lead: the one place that says it. Course tests import the code
// under test as "@target/<chapter>/<file>" and exercises import "netlab" (the public entry point), so
// that a submission checks the same from any folder. jest's config (moduleNameMapper), the grader's
// resolver and explore's loader all read this; tsconfig's "paths" mirror it for the type checker
// (target-map.test.ts keeps them in step). Plain JS: jest loads configs and resolvers untransformed.
const path = require("node:path");

/** The alias tests import the code under test by. */
const TARGET_ALIAS = "@target";
/** What exercises import: the public entry point, relative to the project root. */
const ENTRY_POINT = "src/index.ts";
/** The folder the course tests check unless NETLAB_TARGET says otherwise. */
const DEFAULT_TARGET = "exercises";

/**
 * The folder the course tests check: the learner's exercises (default), the reference solutions
 * (`npm run selftest`), or any folder laid out like exercises/ (grading a submission). `root` is
 * what a named folder lives in: "<rootDir>" for a jest config, a real path elsewhere.
 */
function targetDir(value = process.env.NETLAB_TARGET || DEFAULT_TARGET, root = "<rootDir>") {
  if (value === "exercises" || value === "solutions") return `${root}/${value}`;
  return path.resolve(value);
}

/** jest's moduleNameMapper for the course: "@target/..." into the target folder, "netlab" to the entry point. */
function courseModuleMapper(target = targetDir()) {
  return { [`^${TARGET_ALIAS}/(.*)$`]: `${target}/$1`, "^netlab$": `<rootDir>/${ENTRY_POINT}` };
}

/** The file a request of the mapping stands for (a path to resolve further), or undefined for any other request. */
function mapRequest(request, root, target) {
  if (request === "netlab") return path.join(root, ENTRY_POINT);
  if (request.startsWith(`${TARGET_ALIAS}/`)) return path.join(target, request.slice(TARGET_ALIAS.length + 1));
  return undefined;
}

module.exports = { TARGET_ALIAS, ENTRY_POINT, targetDir, courseModuleMapper, mapRequest };
