import "./engine";
// testcontainers' own host resolution, the code that would run alpine:3.14 (a pull) to find a gateway.
import { resolveHost } from "testcontainers/build/container-runtime/utils/resolve-host";

describe("the engine connection never makes testcontainers reach for a registry", () => {
  test("with the engine's socket local, testcontainers is told the host instead of running alpine:3.14 to find it", async () => {
    const asked: string[] = [];
    // Any call on this stand-in means testcontainers went looking: gateway inspection, then a container from alpine:3.14.
    const docker = new Proxy({}, { get: (_, name) => (asked.push(String(name)), () => Promise.reject(new Error("not to be called"))) });
    const host = await resolveHost(docker as never, { uri: "unix:///var/run/docker.sock", allowUserOverrides: true } as never, "", process.env);
    expect({ host, asked }).toEqual({ host: "localhost", asked: [] });
  });
});
