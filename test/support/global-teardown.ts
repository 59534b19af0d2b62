import { endLabRun } from "../../src/lab/lab-run";

/** Once per jest run: remove anything of this run that a Lab's own teardown missed. */
export default async function globalTeardown(): Promise<void> {
  await endLabRun();
}
