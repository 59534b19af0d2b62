import { startLabRun } from "../../src/lab/lab-run";

/** Once per jest run: check the engine, reap what killed runs left, make sure the lab image exists. */
export default async function globalSetup(): Promise<void> {
  await startLabRun((line) => process.stderr.write(`netlab: ${line}\n`));
}
