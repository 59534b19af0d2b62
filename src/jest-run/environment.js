// jest's node environment, with the engine's client library loaded once per jest process instead of
// once per test file. jest gives every test file a module registry of its own, so testcontainers
// (about 800 modules, 200 ms) was loaded again for each file, even in the warm runner that had just
// preloaded it. Here it is required by the process itself, outside the file's registry, on first use
// (a stub that never reaches the engine loads nothing), and offered to the file through a global
// that src/runtime/load-testcontainers.ts reads. Only the library and the warm gate cross over (the
// gate lives in the process's realm, where jest-process.js holds it; wait-for-save.js passes it from
// the file's); each file still makes its own Lab, its own engine handle and its own resources.
// Plain JS: jest loads test environments without a transform.
const { TestEnvironment } = require("jest-environment-node");
const { SHARED_MODULES } = require("./shared-modules");
const { passWarmGate } = require("./warm-gate");

class NetlabEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global[SHARED_MODULES] = Object.freeze({ testcontainers: () => require("testcontainers"), passWarmGate });
  }
}

module.exports = NetlabEnvironment;
