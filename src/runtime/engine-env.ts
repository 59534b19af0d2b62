import { NetlabError } from "../errors";
import { locateEngine, type EngineLocation } from "./engine-locator";

/**
 * The variables that name a located engine to what reads only the environment: testcontainers
 * (DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH: its ConfigurationStrategy), dockerode, and
 * netlab's own child processes (jest, the reaper), so that they all talk to the same engine. Empty
 * when DOCKER_HOST named it already (the user's setting is never rewritten) or nothing was found.
 * A context with skip-tls-verify has no such variable: those clients would verify its certificate.
 */
export function engineVariables(location: EngineLocation): Record<string, string> {
  if (location.via === "DOCKER_HOST" || !location.found) return {};
  const vars: Record<string, string> = { DOCKER_HOST: location.label };
  if (location.tls?.verify) Object.assign(vars, { DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: location.tls.dir });
  return vars;
}

/** Sets the located engine's variables on `env` (process.env: before testcontainers is loaded). */
export function exportEngine(location: EngineLocation, env: NodeJS.ProcessEnv = process.env): void {
  Object.assign(env, engineVariables(location));
}

/**
 * The environment for a child process that talks to the engine: `env` with the located engine
 * named in it. Where it cannot be located (a missing context) the child gets `env` as it is and
 * meets the same problem, said by its own probe.
 */
export function withLocatedEngine(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  try {
    return { ...env, ...engineVariables(locateEngine({ env })) };
  } catch (err) {
    if (err instanceof NetlabError) return { ...env };
    throw err;
  }
}
