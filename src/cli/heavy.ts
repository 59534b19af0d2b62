/* eslint-disable @typescript-eslint/no-require-imports */
// The Docker side of netlab (testcontainers, dockerode) takes about 0.6 s to load. Commands load it
// only when they talk to the engine, so that `list`, `hint` or an unreachable engine answer at once.
// require(), not import(): tsx's CommonJS hook, which runs the CLI, does not handle import().

export const heavy = {
  engine: () => require("../runtime/engine") as typeof import("../runtime/engine"),
  engineInfo: () => require("../runtime/engine-info") as typeof import("../runtime/engine-info"),
  engineProfile: () => require("../runtime/read-engine-profile") as typeof import("../runtime/read-engine-profile"),
  labImage: () => require("../runtime/lab-image") as typeof import("../runtime/lab-image"),
  sandboxImage: () => require("../runtime/sandbox-image") as typeof import("../runtime/sandbox-image"),
  containers: () => require("../runtime/containers") as typeof import("../runtime/containers"),
  networks: () => require("../runtime/networks") as typeof import("../runtime/networks"),
  defaultNetwork: () => require("../runtime/default-network") as typeof import("../runtime/default-network"),
  lab: () => require("../lab/lab") as typeof import("../lab/lab"),
  teardown: () => require("../lab/teardown") as typeof import("../lab/teardown"),
  reaper: () => require("../lab/reaper") as typeof import("../lab/reaper"),
  addressSpace: () => require("../lab/address-space") as typeof import("../lab/address-space"),
};
