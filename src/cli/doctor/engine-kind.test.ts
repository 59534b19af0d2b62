import { hasNetworkDeadlock } from "./engine-kind";

describe("engines with the network-controller deadlock of moby/moby#42545", () => {
  test.each([
    ["20.10.24+dfsg1", true],
    ["20.10.5", true],
    ["20.10.27", false],
    ["24.0.7", false],
    ["19.03.15", false],
  ] as const)("%s: %s", (version, affected) => {
    expect(hasNetworkDeadlock(version)).toBe(affected);
  });
});
