/** @jest-config-loader esbuild-register */
// The learner's `npm test`: only the course suites, so that `npm test -- link` and
// `npm test -- --watch` work as jest users expect (no --selectProjects to swallow the arguments).
import type { Config } from "jest";
import config, { course } from "./jest.config";

const courseOnly: Config = { ...config, projects: [course] };

export default courseOnly;
