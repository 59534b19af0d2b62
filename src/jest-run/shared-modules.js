// The name of the global through which environment.js lends a test file what its jest process holds
// once: the engine's client library, and the warm gate (warm-gate.js). Symbol.for: the same symbol
// in the process's realm and in the file's.
exports.SHARED_MODULES = Symbol.for("netlab.sharedModules");
