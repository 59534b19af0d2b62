import Module from "node:module";
import path from "node:path";
import { mapRequest, targetDir } from "../../jest-run/target-map";
import { withTimeout } from "../../async/with-timeout";

type Hook = { fn: () => unknown; timeoutMs: number };

/** The set-up of a course test file: its beforeAll hooks, which build the exercise's topology. */
export interface LoadedTest {
  beforeAll: Hook[];
  /** The test titles it declares (not run: explore builds, it does not check). */
  tests: string[];
}

const FAKE_GLOBALS = "netlab-explore:@jest/globals";
const noop = () => undefined;

/** expect(...) that accepts every matcher and checks nothing: set-up code may mention it. */
function fakeExpect(): unknown {
  const anything: unknown = new Proxy(noop, { get: () => anything, apply: () => anything });
  return anything;
}

/**
 * Loads a course test file outside jest, the way `netlab explore` needs it: describe blocks run,
 * tests are only listed, beforeAll hooks are kept to be run in order. `@target/...` and `netlab`
 * lead where they lead in jest (src/jest-run/target-map.js), with solutions/ or exercises/ as the
 * target. So explore builds exactly what the exercise's own test builds, from the same code.
 * Not through jest: a jest run would run the tests and tear the lab down, and explore keeps the lab
 * up. The resolution is patched only while the test file loads, and put back afterwards.
 */
export function loadCourseTest(root: string, testFile: string, target: "solutions" | "exercises"): LoadedTest {
  const loaded: LoadedTest = { beforeAll: [], tests: [] };
  const describe = Object.assign((_name: string, body: () => unknown) => void body(), { skip: noop, only: (_n: string, b: () => unknown) => void b(), each: () => noop });
  const test = Object.assign((name: string) => void loaded.tests.push(name), { skip: noop, only: (name: string) => void loaded.tests.push(name), todo: noop, each: () => noop, concurrent: noop });
  const globals: Record<string, unknown> = {
    describe,
    test,
    it: test,
    beforeAll: (fn: () => unknown, timeoutMs?: number) => void loaded.beforeAll.push({ fn, timeoutMs: timeoutMs ?? 60_000 }),
    afterAll: noop,
    beforeEach: noop,
    afterEach: noop,
    expect: fakeExpect(),
    jest: { setTimeout: noop, fn: () => noop, spyOn: () => ({ mockImplementation: noop }) },
  };

  const cache = (Module as unknown as { _cache: Record<string, Module> })._cache;
  const fake = new Module(FAKE_GLOBALS);
  fake.exports = globals;
  fake.loaded = true;
  cache[FAKE_GLOBALS] = fake;
  const internal = Module as unknown as { _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string };
  const resolve = internal._resolveFilename;
  const targetFolder = targetDir(target, root);
  internal._resolveFilename = (request, parent, ...rest) => {
    if (request === "@jest/globals") return FAKE_GLOBALS;
    return resolve(mapRequest(request, root, targetFolder) ?? request, parent, ...rest);
  };

  const saved = new Map(Object.keys(globals).map((key) => [key, (globalThis as Record<string, unknown>)[key]]));
  Object.assign(globalThis, globals);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(root, testFile));
  } finally {
    // Everything the test file needs is loaded by now: the rest of the process resolves as node does.
    internal._resolveFilename = resolve;
    delete cache[FAKE_GLOBALS];
    for (const [key, value] of saved) (globalThis as Record<string, unknown>)[key] = value;
  }
  return loaded;
}

/** Runs the kept beforeAll hooks in order, each within its own bound. */
export async function runSetUp(loaded: LoadedTest): Promise<void> {
  for (const hook of loaded.beforeAll) {
    await withTimeout(Promise.resolve().then(hook.fn), hook.timeoutMs, () => {
      throw new Error(`a set-up step did not finish within ${Math.round(hook.timeoutMs / 1000)}s`);
    });
  }
}
