/**
 * What a starter repository's package.json and package-lock.json hold: the course's `dependencies`
 * (what `npm test` and `netlab` need: jest, ts-jest, TypeScript, testcontainers, dockerode, ping, tsx,
 * esbuild-register, their types), never the `devDependencies` (the maintainers' lint, docs and
 * workflow checks: eslint, mermaid, jsdom, ...), nor the scripts of tools the copy leaves behind.
 */

/** Scripts of the maintainers' tools, whose files netlab dist does not copy. */
const MAINTAINER_SCRIPTS = ["selftest", "mutants", "lint", "knip", "bench", "engines"];

type Json = Record<string, unknown>;

/** package.json as learners get it: no devDependencies, no maintainers' scripts. */
export function learnerPackageJson(pkg: Json): void {
  delete pkg.devDependencies;
  const scripts = pkg.scripts as Record<string, string> | undefined;
  for (const name of MAINTAINER_SCRIPTS) delete scripts?.[name];
}

/**
 * package-lock.json to match, so that `npm ci` installs from it as it is: the packages that only the
 * devDependencies bring (npm marks them `dev`) are left out; one that is a devDependency's and an
 * optional one of the course's (`devOptional`) stays, as optional.
 */
export function learnerLockfile(lock: Json): void {
  const packages = (lock.packages ?? {}) as Record<string, Json>;
  delete packages[""]?.devDependencies;
  for (const [at, entry] of Object.entries(packages)) {
    if (at === "") continue;
    if (entry.dev === true) delete packages[at];
    else if (entry.devOptional === true) {
      delete entry.devOptional;
      entry.optional = true;
    }
  }
  // lockfileVersion 2 also keeps npm 6's tree, which would still list them; npm 7 and later read `packages`.
  delete lock.dependencies;
}

/** The packages a lockfile installs at the top of node_modules/: those the project's own code can import. */
export function installedPackages(lock: Json): Set<string> {
  const top = Object.keys((lock.packages ?? {}) as object).filter((at) => at.startsWith("node_modules/") && !at.includes("/node_modules/"));
  return new Set(top.map((at) => at.slice("node_modules/".length)));
}
