import http from "node:http";
import fs from "node:fs";

export interface EngineHealth {
  ok: boolean;
  /** Where we looked: a socket path or a tcp address. */
  endpoint: string;
  /** The engine's version when it answered, the failure otherwise. */
  detail: string;
}

/** Where the Docker client would connect: DOCKER_HOST, else the default Unix socket. */
export function engineEndpoint(env: NodeJS.ProcessEnv = process.env): { socketPath?: string; host?: string; port?: number; label: string } {
  const dockerHost = env.DOCKER_HOST;
  if (dockerHost?.startsWith("tcp://")) {
    const url = new URL(dockerHost.replace(/^tcp:/, "http:"));
    return { host: url.hostname, port: Number(url.port || 2375), label: dockerHost };
  }
  if (dockerHost?.startsWith("unix://")) {
    const socketPath = dockerHost.slice("unix://".length);
    return { socketPath, label: socketPath };
  }
  const candidates = ["/var/run/docker.sock", `${env.HOME ?? ""}/.docker/run/docker.sock`, `${env.HOME ?? ""}/.colima/default/docker.sock`];
  const socketPath = candidates.find((p) => fs.existsSync(p)) ?? candidates[0];
  return { socketPath, label: socketPath };
}

/**
 * Pings the engine's API with a hard bound; never throws. `path` picks what to ask: /version answers
 * whenever the daemon runs; /networks also needs its network controller (a deadlocked controller
 * answers the first and never the second).
 */
export function probeEngine(timeoutMs = 1500, env: NodeJS.ProcessEnv = process.env, path: "/version" | "/networks" = "/version"): Promise<EngineHealth> {
  const target = engineEndpoint(env);
  return new Promise((resolve) => {
    const done = (ok: boolean, detail: string) => resolve({ ok, endpoint: target.label, detail });
    const req = http.request(
      { socketPath: target.socketPath, host: target.host, port: target.port, path, timeout: timeoutMs },
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
    req.on("error", (err: NodeJS.ErrnoException) => done(false, `${target.label}: ${err.code ?? err.message}`));
    req.end();
  });
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
  const version = await probeEngine(1_500, env, "/version");
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
