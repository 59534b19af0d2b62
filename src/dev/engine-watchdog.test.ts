import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { engineLooksStuck } from "../runtime/probe-engine";
import { watchEngine } from "./engine-watchdog";
import { withTimeout } from "../async/with-timeout";

/** A stand-in daemon on a Unix socket: /version answers, /networks answers only when `healthy`. */
async function standIn(healthy: boolean): Promise<{ env: NodeJS.ProcessEnv; close: () => void }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-watchdog-"));
  const socket = path.join(dir, "docker.sock");
  const server = http.createServer((req, res) => {
    if (req.url === "/version") return res.end(JSON.stringify({ Version: "20.10.24", ApiVersion: "1.41" }));
    if (healthy) return res.end("[]");
    // A deadlocked controller: the request is read and never answered.
  });
  await new Promise<void>((resolve) => server.listen(socket, resolve));
  return {
    env: { DOCKER_HOST: `unix://${socket}` },
    close: () => {
      server.closeAllConnections();
      server.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe("watchEngine: a deadlocked engine is named within the bound instead of hanging the selftest", () => {
  test("/version answers and /networks does not: reported as a deadlocked network controller", async () => {
    const daemon = await standIn(false);
    const dog = watchEngine(50, 300, daemon.env);
    const started = Date.now();
    await expect(dog.stuck).resolves.toEqual({ deadlocked: true, detail: expect.stringMatching(/answers \/version but not \/networks within 0.3s: its network controller is deadlocked/) });
    expect(Date.now() - started).toBeLessThan(2_000);
    dog.stop();
    daemon.close();
  });

  test("a healthy engine is never reported", async () => {
    const daemon = await standIn(true);
    const dog = watchEngine(20, 300, daemon.env);
    const verdict = await withTimeout(dog.stuck, 500, () => "quiet");
    expect(verdict).toBe("quiet");
    dog.stop();
    daemon.close();
  });
});

describe("engineLooksStuck: what useExercise asks when learner code ran out of time", () => {
  test("a deadlocked controller: stuck (the timeout is the engine's, not the code's)", async () => {
    const daemon = await standIn(false);
    await expect(engineLooksStuck(200, daemon.env)).resolves.toBe(true);
    daemon.close();
  });

  test("a healthy engine, and no engine at all: not stuck (the code's own time ran out, or the engine is down)", async () => {
    const daemon = await standIn(true);
    await expect(engineLooksStuck(200, daemon.env)).resolves.toBe(false);
    daemon.close();
    await expect(engineLooksStuck(200, { DOCKER_HOST: "unix:///nonexistent/netlab-test/docker.sock" })).resolves.toBe(false);
  });
});
