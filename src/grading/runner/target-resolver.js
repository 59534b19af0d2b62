// Resolves "@target/<chapter>/<file>" (how tests import the code under test) into the folder named
// by NETLAB_TARGET when the module is looked up, not when the config is written. Every submission
// then shares one jest config, and so ts-jest's cache: the framework and the tests compile once per
// machine, not once per submission. Plain JS: jest loads resolvers without transforming them.
const path = require("node:path");

module.exports = (request, options) => {
  const match = /^@target\/(.*)$/.exec(request);
  const target = process.env.NETLAB_TARGET;
  if (match && target) return options.defaultResolver(path.join(path.resolve(target), match[1]), options);
  return options.defaultResolver(request, options);
};
