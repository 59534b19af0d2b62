// The learner's `npm test`: only the course suites, so that `npm test -- link` and
// `npm test -- --watch` work as jest users expect (no --selectProjects to swallow the arguments).
const base = require("./jest.config.js");

module.exports = {
  ...base,
  projects: base.projects.filter((p) => p.displayName === "course"),
};
