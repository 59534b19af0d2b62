import fs from "node:fs";
import { beforeAll, expect } from "@jest/globals";
import { EVENTS_ENV } from "./events";

/**
 * Loaded into every graded test file (setupFilesAfterEnv): says, through the run's events file,
 * when the file is loaded and its tests begin. jest, ts-jest and the framework have done their part
 * by then; the grader counts the file's timeout from here, so a slow load on a busy machine does not
 * eat into the learner's time. Registered here, this hook runs before any hook of the test file.
 */
const events = process.env[EVENTS_ENV];
beforeAll(() => {
  if (events) fs.appendFileSync(events, `${JSON.stringify({ type: "testsBegin", file: expect.getState().testPath, at: Date.now() })}\n`);
});
