import os from "node:os";
import { getEngine } from "./engine";
import { profileFromEnv, profileFromFacts, PROFILE_ENV, type EngineFacts, type EngineProfile } from "./engine-profile";
import { locateEngine } from "./engine-locator";
import { readNatRules } from "./host-nat-rules";

let reading: Promise<EngineProfile> | undefined;

/**
 * This run's engine profile: the one the run's global setup handed down through the environment, or
 * read now (GET /version, GET /info) and handed on to child processes the same way.
 */
export function engineProfile(): Promise<EngineProfile> {
  const handed = profileFromEnv();
  if (handed) return Promise.resolve(handed);
  reading ??= readProfile().then(
    (profile) => {
      process.env[PROFILE_ENV] = JSON.stringify(profile);
      return profile;
    },
    (err: unknown) => {
      reading = undefined;
      throw err;
    },
  );
  return reading;
}

async function readProfile(): Promise<EngineProfile> {
  const { docker } = await getEngine();
  const [version, info] = await Promise.all([docker.version(), docker.info()]);
  const facts: EngineFacts = {
    version: version as EngineFacts["version"],
    info: info as EngineFacts["info"],
    endpoint: locateEngine().label,
    platform: process.platform,
    hostKernel: os.release(),
  };
  const profile = profileFromFacts(facts);
  // Only the engine's own network host has its NAT rules; elsewhere there is nothing to read.
  if (!profile.networkHostIsHere) return profile;
  const rules = await readNatRules(profile.firewall);
  return profileFromFacts({ ...facts, firewallReadable: !("failed" in rules) });
}
