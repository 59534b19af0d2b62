// The grader's generated config (jest-config.ts) names this file: netlab's one reporter is
// src/jest-run/reporter.js (runJest also passes it on the command line).
module.exports = require("../../jest-run/reporter");
