import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { NetlabError } from "../errors";
import { engineVariables, withLocatedEngine } from "./engine-env";
import { locateEngine, type LocateInput } from "./engine-locator";

// sha256("netlab-test") as `docker context create netlab-test` names its folder (checked with sha256sum).
const NETLAB_TEST_ID = "1a3ce4afba05eac81d9d9f3adf9019425d02589f2260217759fe76a10b180a85";

let home: string;
beforeEach(() => (home = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-locator-"))));
afterEach(() => fs.rmSync(home, { recursive: true, force: true }));

function write(rel: string, text = ""): string {
  const file = path.join(home, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

/** A context as the docker CLI stores it, under the fixture home's ~/.docker. */
function context(name: string, endpoint: { Host: string; SkipTLSVerify?: boolean }, id?: string): string {
  const dir = id ?? createHash("sha256").update(name).digest("hex");
  write(`.docker/contexts/meta/${dir}/meta.json`, JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker: { SkipTLSVerify: false, ...endpoint } } }));
  return dir;
}

/** This fixture machine: files under the temporary home are real, system paths exist only when listed. */
function on(options: { env?: NodeJS.ProcessEnv; uid?: number; platform?: NodeJS.Platform; system?: string[] } = {}): Partial<LocateInput> {
  const system = new Set(options.system ?? []);
  return {
    env: options.env ?? {},
    home,
    platform: options.platform ?? "linux",
    uid: options.uid ?? 1000,
    exists: (file) => (file.startsWith(home) ? fs.existsSync(file) : system.has(file)),
  };
}

describe("locateEngine: where the docker CLI would connect", () => {
  test("the current context of config.json: its endpoint, from the folder named by the sha256 of its name", () => {
    context("netlab-test", { Host: "unix:///tmp/somewhere/docker.sock" }, NETLAB_TEST_ID);
    write(".docker/config.json", JSON.stringify({ auths: {}, currentContext: "netlab-test" }));
    expect(locateEngine(on({ system: ["/var/run/docker.sock"] }))).toEqual({
      via: "context",
      context: "netlab-test",
      socketPath: "/tmp/somewhere/docker.sock",
      label: "unix:///tmp/somewhere/docker.sock",
      tried: ["unix:///tmp/somewhere/docker.sock"],
      found: true,
    });
  });

  test("a tcp context with TLS files: https, the files of contexts/tls/<id>/docker, port 2376 by default", () => {
    const id = context("ci", { Host: "tcp://10.0.0.2" });
    const dir = path.join(home, ".docker", "contexts", "tls", id, "docker");
    for (const f of ["ca.pem", "cert.pem", "key.pem"]) write(path.relative(home, path.join(dir, f)), "pem");
    const located = locateEngine(on({ env: { DOCKER_CONTEXT: "ci" } }));
    expect(located).toMatchObject({ via: "context", context: "ci", host: "10.0.0.2", port: 2376, protocol: "https", label: "tcp://10.0.0.2:2376" });
    expect(located.tls).toEqual({ dir, ca: path.join(dir, "ca.pem"), cert: path.join(dir, "cert.pem"), key: path.join(dir, "key.pem"), verify: true });
    expect(engineVariables(located)).toEqual({ DOCKER_HOST: "tcp://10.0.0.2:2376", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: dir });
  });

  test("a tcp context without TLS is plain http on 2375; skip-tls-verify is https without verifying", () => {
    context("plain", { Host: "tcp://10.0.0.3" });
    context("insecure", { Host: "tcp://10.0.0.4:2376", SkipTLSVerify: true });
    expect(locateEngine(on({ env: { DOCKER_CONTEXT: "plain" } }))).toMatchObject({ protocol: "http", port: 2375, tls: undefined });
    expect(locateEngine(on({ env: { DOCKER_CONTEXT: "insecure" } }))).toMatchObject({ protocol: "https", port: 2376, tls: { verify: false } });
  });

  test("DOCKER_CONTEXT wins over config.json; DOCKER_CONFIG moves config.json and the contexts", () => {
    context("from-config", { Host: "unix:///config.sock" });
    context("from-env", { Host: "unix:///env.sock" });
    write(".docker/config.json", JSON.stringify({ currentContext: "from-config" }));
    expect(locateEngine(on({ env: { DOCKER_CONTEXT: "from-env" } })).label).toBe("unix:///env.sock");
    fs.renameSync(path.join(home, ".docker"), path.join(home, "elsewhere"));
    expect(locateEngine(on({ env: { DOCKER_CONFIG: path.join(home, "elsewhere") } })).label).toBe("unix:///config.sock");
  });

  test("DOCKER_HOST wins over DOCKER_CONTEXT and config.json, and takes TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH", () => {
    context("ci", { Host: "unix:///ctx.sock" });
    write(".docker/config.json", JSON.stringify({ currentContext: "ci" }));
    const certs = path.dirname(write("certs/ca.pem", "pem"));
    write("certs/cert.pem", "pem");
    write("certs/key.pem", "pem");
    expect(locateEngine(on({ env: { DOCKER_HOST: "unix:///run/mine.sock", DOCKER_CONTEXT: "ci" } }))).toEqual({
      via: "DOCKER_HOST",
      socketPath: "/run/mine.sock",
      label: "unix:///run/mine.sock",
      tried: ["unix:///run/mine.sock"],
      found: true,
    });
    const tls = locateEngine(on({ env: { DOCKER_HOST: "tcp://engine.lan", DOCKER_TLS_VERIFY: "1", DOCKER_CERT_PATH: certs } }));
    expect(tls).toMatchObject({ via: "DOCKER_HOST", host: "engine.lan", port: 2376, protocol: "https", tls: { dir: certs, ca: path.join(certs, "ca.pem"), verify: true } });
    // The user's DOCKER_HOST is theirs: nothing is handed on over it.
    expect(engineVariables(tls)).toEqual({});
    expect(locateEngine(on({ env: { DOCKER_HOST: "npipe:////./pipe/docker_engine" }, platform: "win32" }))).toMatchObject({ socketPath: "//./pipe/docker_engine", label: "npipe:////./pipe/docker_engine" });
  });

  test("a context that is named and missing is an error that names it and where it was chosen, not another engine", () => {
    write(".docker/config.json", JSON.stringify({ currentContext: "gone" }));
    const thrown = (() => {
      try {
        locateEngine(on({ system: ["/var/run/docker.sock"] }));
      } catch (err) {
        return err;
      }
    })();
    expect(thrown).toBeInstanceOf(NetlabError);
    expect((thrown as NetlabError).key).toBe("engineContextMissing");
    expect((thrown as NetlabError).message).toContain(`The Docker context "gone" (chosen by ${path.join(home, ".docker", "config.json")}) does not exist`);
    expect(() => locateEngine(on({ env: { DOCKER_CONTEXT: "nope" } }))).toThrow(/context "nope" \(chosen by DOCKER_CONTEXT\) does not exist.*contexts\/meta\/[0-9a-f]{64}\/meta\.json/);
  });

  test('the context "default" is no context: the sockets are looked at', () => {
    write(".docker/config.json", JSON.stringify({ currentContext: "default" }));
    expect(locateEngine(on({ uid: 0, system: ["/var/run/docker.sock"] }))).toMatchObject({ via: "socket", label: "unix:///var/run/docker.sock", found: true });
  });

  test("a non-root user's own rootless socket comes before the system's; for root the system's comes first", () => {
    const runtime = path.join(home, "run-user");
    write("run-user/docker.sock");
    const env = { XDG_RUNTIME_DIR: runtime };
    expect(locateEngine(on({ env, uid: 1000, system: ["/var/run/docker.sock"] }))).toMatchObject({ via: "socket", socketPath: path.join(runtime, "docker.sock"), found: true });
    expect(locateEngine(on({ env, uid: 0, system: ["/var/run/docker.sock"] }))).toMatchObject({ socketPath: "/var/run/docker.sock" });
    // Without XDG_RUNTIME_DIR (sudo -u, cron), rootless Docker's socket is still in /run/user/<uid>.
    expect(locateEngine(on({ uid: 1000, system: ["/run/user/1000/docker.sock", "/var/run/docker.sock"] })).socketPath).toBe("/run/user/1000/docker.sock");
  });

  test("Docker Desktop on Linux, Colima, Podman: found by their sockets", () => {
    write(".docker/desktop/docker.sock");
    expect(locateEngine(on()).label).toBe(`unix://${home}/.docker/desktop/docker.sock`);
    fs.rmSync(path.join(home, ".docker"), { recursive: true });
    write(".colima/default/docker.sock");
    expect(locateEngine(on()).label).toBe(`unix://${home}/.colima/default/docker.sock`);
    expect(locateEngine(on({ uid: 0, system: ["/run/podman/podman.sock"] })).label).toBe(`unix://${home}/.colima/default/docker.sock`);
    fs.rmSync(path.join(home, ".colima"), { recursive: true });
    expect(locateEngine(on({ uid: 0, system: ["/run/podman/podman.sock"] })).label).toBe("unix:///run/podman/podman.sock");
  });

  test("on Windows: Docker's named pipe", () => {
    expect(locateEngine(on({ platform: "win32", uid: undefined, system: ["//./pipe/docker_engine"] }))).toEqual({
      via: "socket",
      socketPath: "//./pipe/docker_engine",
      label: "npipe:////./pipe/docker_engine",
      tried: ["npipe:////./pipe/docker_engine"],
      found: true,
    });
  });

  test("nothing there: the default socket, not found, with every place looked at", () => {
    const located = locateEngine(on({ env: { XDG_RUNTIME_DIR: "/run/user/1000" } }));
    expect(located).toMatchObject({ via: "socket", label: "unix:///var/run/docker.sock", found: false });
    expect(located.tried).toEqual([
      "unix:///run/user/1000/docker.sock",
      "unix:///var/run/docker.sock",
      `unix://${home}/.docker/desktop/docker.sock`,
      `unix://${home}/.docker/run/docker.sock`,
      `unix://${home}/.colima/default/docker.sock`,
      `unix://${home}/.orbstack/run/docker.sock`,
      "unix:///run/user/1000/podman/podman.sock",
      "unix:///run/podman/podman.sock",
    ]);
    expect(engineVariables(located)).toEqual({});
  });

  test("an ssh:// host is said to be unsupported, with what to do", () => {
    expect(() => locateEngine(on({ env: { DOCKER_HOST: "ssh://me@box" } }))).toThrow(/cannot connect to the Docker host ssh:\/\/me@box/);
  });
});

describe("withLocatedEngine: a child process talks to the engine found here", () => {
  test("a context's endpoint is named in DOCKER_HOST; a user's DOCKER_HOST is kept as it is; a missing context hands on nothing", () => {
    context("ci", { Host: "unix:///ctx.sock" });
    expect(withLocatedEngine({ HOME: home, DOCKER_CONTEXT: "ci", PATH: "/bin" })).toEqual({ HOME: home, DOCKER_CONTEXT: "ci", PATH: "/bin", DOCKER_HOST: "unix:///ctx.sock" });
    expect(withLocatedEngine({ HOME: home, DOCKER_CONTEXT: "ci", DOCKER_HOST: "tcp://127.0.0.1:9" }).DOCKER_HOST).toBe("tcp://127.0.0.1:9");
    expect(withLocatedEngine({ HOME: home, DOCKER_CONTEXT: "gone" })).toEqual({ HOME: home, DOCKER_CONTEXT: "gone" });
  });
});
