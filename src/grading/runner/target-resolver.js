// Resolves "@target/<chapter>/<file>" (how tests import the code under test) into the folder named
// by NETLAB_TARGET when the module is looked up, not when the config is written. Every submission
// then shares one jest config, and so ts-jest's cache: the framework and the tests compile once per
// machine, not once per submission. The mapping itself is src/jest-run/target-map.js.
// Plain JS: jest loads resolvers without transforming them.
const path = require("node:path");
const { TARGET_ALIAS, mapRequest } = require("../../jest-run/target-map");

module.exports = (request, options) => {
  const target = process.env.NETLAB_TARGET;
  // Only @target/ here: "netlab" is the config's moduleNameMapper, which jest applies first.
  const mapped = target && request.startsWith(`${TARGET_ALIAS}/`) ? mapRequest(request, options.rootDir, path.resolve(target)) : undefined;
  return options.defaultResolver(mapped ?? request, options);
};
