import fs from "node:fs";
import http from "node:http";
import https from "node:https";
import { NetlabError } from "../errors";
import { locateEngine, type EngineLocation } from "./engine-locator";

export interface EngineHealth {
  ok: boolean;
  /** Where we looked, as a Docker host URL: unix:///var/run/docker.sock, tcp://10.0.0.2:2376. */
  endpoint: string;
  /** The engine's version when it answered, the failure otherwise. */
  detail: string;
  /** How the engine was found; undefined when it could not be (a named context that is missing). */
  location?: EngineLocation;
  /** Why it could not be located: a message with its own fix, said instead of "engine not reachable". */
  problem?: NetlabError;
}

/**
 * How long an engine may take to answer /version. Podman's compat API takes 0.23-0.27 s at rest and
 * was measured at 0.8-1.7 s with both cores of a 2-core machine busy (the old 1.5 s failed there);
 * 5 s leaves room for worse. Only an engine that accepts and then stays silent waits this long: with
 * nothing listening the connection is refused (or the socket is missing) at once.
 */
const PROBE_BOUND_MS = 5_000;

/**
 * Pings the engine's API with a hard bound; never throws. `path` picks what to ask: /version answers
 * whenever the daemon runs; /networks also needs its network controller (a deadlocked controller
 * answers the first and never the second).
 */
export function probeEngine(timeoutMs = PROBE_BOUND_MS, env: NodeJS.ProcessEnv = process.env, path: "/version" | "/networks" = "/version"): Promise<EngineHealth> {
  let target: EngineLocation;
  try {
    target = locateEngine({ env });
  } catch (err) {
    if (!(err instanceof NetlabError)) throw err;
    return Promise.resolve({ ok: false, endpoint: "", detail: err.message, problem: err });
  }
  return new Promise((resolve) => {
    const done = (ok: boolean, detail: string) => resolve({ ok, endpoint: target.label, detail, location: target });
    const failed = (err: NodeJS.ErrnoException) => done(false, `${target.label}: ${err.code ?? err.message}`);
    let tls: https.RequestOptions;
    try {
      tls = tlsOptions(target);
    } catch (err) {
      return failed(err as NodeJS.ErrnoException);
    }
    const req = (target.protocol === "https" ? https : http).request(
      { socketPath: target.socketPath, host: target.host, port: target.port, path, timeout: timeoutMs, ...tls },
      (res) => {
        let body = "";
        res.on("data", (chunk: Buffer) => (body += chunk.toString()));
        res.on("end", () => {
          if (res.statusCode !== 200) return done(false, `the engine answered HTTP ${res.statusCode}`);
          try {
            const v = JSON.parse(body) as { Version?: string; ApiVersion?: string };
            if (path !== "/version") return done(true, `${path} answered`);
            done(true, `Docker ${v.Version ?? "?"} (API ${v.ApiVersion ?? "?"})`);
          } catch {
            done(false, "the engine's answer was not JSON");
          }
        });
      },
    );
    req.on("timeout", () => {
      req.destroy();
      done(false, `no answer from ${target.label} within ${timeoutMs} ms`);
    });
    req.on("error", failed);
    req.end();
  });
}

/** The client side of a TLS endpoint: its CA, certificate and key, as the docker CLI would send them. */
function tlsOptions(target: EngineLocation): https.RequestOptions {
  const tls = target.tls;
  if (target.protocol !== "https" || !tls) return {};
  const read = (file: string | undefined) => (file ? fs.readFileSync(file) : undefined);
  return { ca: read(tls.ca), cert: read(tls.cert), key: read(tls.key), rejectUnauthorized: tls.verify };
}

/** What to say when the probe failed: the locator's own problem (a missing context), else "engine not reachable". */
export function engineDownError(health: EngineHealth): NetlabError {
  return health.problem ?? new NetlabError("engineDown", { detail: health.detail });
}

/** What is wrong with an engine that stopped doing its work. */
export interface EngineTrouble {
  /** /version answers and /networks does not (the 20.10 deadlock), rather than no answer at all. */
  deadlocked: boolean;
  /** What was seen. */
  detail: string;
}

/**
 * Asks for the engine's networks within the bound; undefined when they come. Otherwise: deadlocked
 * when /version still answers (Docker 20.10 before 20.10.27, moby/moby#42545: every docker call of
 * a lab then waits forever), or gone when nothing answers.
 */
export async function engineTrouble(boundMs = 3_000, env: NodeJS.ProcessEnv = process.env): Promise<EngineTrouble | undefined> {
  if ((await probeEngine(boundMs, env, "/networks")).ok) return undefined;
  const version = await probeEngine(PROBE_BOUND_MS, env, "/version");
  return version.ok
    ? { deadlocked: true, detail: `the engine (${version.detail}) answers /version but not /networks within ${boundMs / 1000}s: its network controller is deadlocked` }
    : { deadlocked: false, detail: `the engine stopped answering (${version.detail})` };
}

/**
 * A timeout on such an engine is the engine's doing, not the learner's code. The bound is generous:
 * a busy engine on a loaded machine can take seconds to list its networks, and calling that a
 * deadlock would blame the engine for a learner's promise that never settles.
 */
export async function engineLooksStuck(boundMs = 10_000, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  return (await engineTrouble(boundMs, env))?.deadlocked === true;
}
