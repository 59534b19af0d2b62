import { afterAll, beforeAll } from "@jest/globals";
import { Lab } from "../lab/lab";

/** A Lab for the tests of a describe block that build their own experiment (predictions, framework tests). */
export function useLab(): () => Lab {
  let lab: Lab | undefined;
  beforeAll(() => {
    lab = new Lab();
  });
  afterAll(async () => {
    await lab?.dispose();
  }, 30_000);
  return () => {
    if (!lab) throw new Error("netlab: useLab() must be called inside a describe block, before the tests");
    return lab;
  };
}
