import fs from "node:fs";
import { NA_LOG_ENV } from "../../src/course/not-shown-log";
import { endLabRun } from "../../src/lab/lab-run";

/** Once per jest run: remove anything of this run that a Lab's own teardown missed, and the run's n/a log. */
export default async function globalTeardown(): Promise<void> {
  const naLog = process.env[NA_LOG_ENV];
  if (naLog && process.env.NETLAB_NA_LOG_OWNED) fs.rmSync(naLog, { force: true });
  await endLabRun();
}
