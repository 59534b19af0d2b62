// The grader's generated config (jest-config.ts) names this file: the signal lives in src/jest-run/tests-begin.ts.
import "../../jest-run/tests-begin";
