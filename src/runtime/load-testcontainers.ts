import { SHARED_MODULES } from "../jest-run/shared-modules";

type Testcontainers = typeof import("testcontainers");

/**
 * testcontainers, loaded on first use. Inside a jest test file it is the copy its jest process
 * loaded once (src/jest-run/environment.js) rather than one per file; anywhere else, the usual import.
 * Its objects then come from the process's realm: tell errors apart with util.types.isNativeError,
 * never `instanceof Error`.
 */
export function loadTestcontainers(): Promise<Testcontainers> {
  const shared = (globalThis as { [SHARED_MODULES]?: { testcontainers?: () => Testcontainers } })[SHARED_MODULES];
  return shared?.testcontainers ? Promise.resolve(shared.testcontainers()) : import("testcontainers");
}
