import Module from "node:module";
import path from "node:path";
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
 * tests are only listed, beforeAll hooks are kept to be run in order. `@target/...` points at
 * solutions/ or exercises/ (the same switch as NETLAB_TARGET), `netlab` at src/index.ts.
 * So explore builds exactly what the exercise's own test builds, from the same code.
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

  const fake = new Module(FAKE_GLOBALS);
  fake.exports = globals;
  fake.loaded = true;
  (Module as unknown as { _cache: Record<string, Module> })._cache[FAKE_GLOBALS] = fake;
  const internal = Module as unknown as { _resolveFilename: (request: string, parent: unknown, ...rest: unknown[]) => string };
  const resolve = internal._resolveFilename;
  internal._resolveFilename = (request, parent, ...rest) => {
    if (request === "@jest/globals") return FAKE_GLOBALS;
    if (request === "netlab") return resolve(path.join(root, "src", "index.ts"), parent, ...rest);
    if (request.startsWith("@target/")) return resolve(path.join(root, target, request.slice("@target/".length)), parent, ...rest);
    return resolve(request, parent, ...rest);
  };

  const saved = new Map(Object.keys(globals).map((key) => [key, (globalThis as Record<string, unknown>)[key]]));
  Object.assign(globalThis, globals);
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(path.join(root, testFile));
  } finally {
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
