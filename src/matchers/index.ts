import { expect } from "@jest/globals";
import { toHaveAddressIn } from "./to-have-address-in";
import { toReach } from "./to-reach";
import { toResolve } from "./to-resolve";

/** The lab matchers, registered once per test file (jest setupFilesAfterEnv). */
export const labMatchers = { toReach, toResolve, toHaveAddressIn };

export function registerLabMatchers(): void {
  expect.extend(labMatchers);
}
