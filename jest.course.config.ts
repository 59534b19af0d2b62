/** @jest-config-loader esbuild-register */
// The learner's `npm test`: only the course suites, so that `npm test -- link` and
// `npm test -- --watch` work as jest users expect (no --selectProjects to swallow the arguments).
import type { Config } from "jest";
import config, { course } from "./jest.config";
import { runsOneFile } from "./src/jest-run/one-file-run";

// One file (`npm test -- test/ch3/link.test.ts`): one worker, as jest would run it anyway, so that
// the file the learner saved is re-indexed without starting a pool of processes for it.
const oneFile = !process.env.NETLAB_WORKERS && runsOneFile(process.argv.slice(2), __dirname);

const courseOnly: Config = { ...config, projects: [course], ...(oneFile ? { maxWorkers: 1 } : {}) };

export default courseOnly;
