import os from "node:os";
import path from "node:path";
import { NA_LOG_ENV } from "../../src/course/not-shown-log";
import { NetlabError } from "../../src/errors";
import { EXIT } from "../../src/exit-codes";
import { startLabRun } from "../../src/lab/lab-run";
import { heldAtGate } from "../../src/jest-run/warm-gate";
import { startRunHostView } from "../../src/lab/run-host-view";

/** Once per jest run: check the engine, reap what killed runs left, make sure the lab image exists. */
export default async function globalSetup(): Promise<void> {
  // Where testNeeding records the checks this engine cannot show, for the n/a reporter (one file per
  // run, removed by global teardown); a caller that set its own (netlab run) reads and removes it.
  if (!process.env[NA_LOG_ENV]) {
    process.env[NA_LOG_ENV] = path.join(os.tmpdir(), `netlab-na-${process.pid}-${Date.now()}.jsonl`);
    process.env.NETLAB_NA_LOG_OWNED = "1";
  }
  try {
    await startLabRun((line) => process.stderr.write(`netlab: ${line}\n`));
  } catch (err) {
    if (!(err instanceof NetlabError)) throw err;
    // A learner's problem (no engine, a stuck one, no lab image): the message says what, why and what
    // to try, and jest would bury it under its own prefix and a stack. Nothing of this run exists yet
    // (no test has started a container), so there is nothing to tear down. Exit codes as the CLI's.
    process.stderr.write(`\n${err.message}\n`);
    process.exit(err.key === "engineDown" ? EXIT.engine : EXIT.failed);
  }
  // A warm run handed its file ahead (src/jest-run/warm-gate.js), which will wait for the save in the
  // file's setup, also starts what its tests would start after it; a check asked for at once (the
  // first) does not wait for that.
  if (heldAtGate()) await startRunHostView();
}
