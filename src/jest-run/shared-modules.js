// The name of the global through which environment.js hands a test file the modules its jest
// process loaded once. Symbol.for: the same symbol in the process's realm and in the file's.
exports.SHARED_MODULES = Symbol.for("netlab.sharedModules");
