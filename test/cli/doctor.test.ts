import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { locateEngine } from "../../src/runtime/engine-locator";
import { NO_ENGINE } from "./support/engine";
import { netlab, noWaitBound, quickestWithStart, ROOT } from "./support/scratch-project";

/** The child finds its engine from HOME alone: none of the parent's Docker settings (CI sets none; a developer may). */
const NO_DOCKER_SETTINGS = { DOCKER_HOST: undefined, DOCKER_CONTEXT: undefined, DOCKER_CONFIG: undefined, DOCKER_TLS_VERIFY: undefined, DOCKER_CERT_PATH: undefined };

describe("netlab doctor", () => {
  test("with no engine reachable: says so without hanging, with the fix, exit 3; engine checks skipped", async () => {
    const { result: r, startMs } = await quickestWithStart(5, ["doctor"], { cwd: ROOT, env: NO_ENGINE });
    expect(r.code).toBe(3);
    expect(r.ms).toBeLessThan(noWaitBound(startMs));
    expect(r.stdout).toMatch(/^ {2}✗ Docker engine +unix:\/\/\/nonexistent\/netlab-test\/docker\.sock: ENOENT$/m);
    expect(r.stdout).toContain("Fix: Docker engine not reachable");
    expect(r.stdout).toContain("sudo systemctl start docker");
    expect(r.stdout).toMatch(/^ {2}- Lab image +skipped: needs the engine$/m);
    expect(r.stdout).toContain("The Docker engine is not reachable: nothing in the course can run until it is");
  });

  test("on this machine's engine: reachable, its kind, the lab image, free subnets; ready (exit 0)", async () => {
    const r = await netlab(["doctor"], { cwd: ROOT });
    expect(r.stdout).toMatch(/^ {2}✓ Node\.js +v\d+/m);
    // Where it was found, and how: the way the docker CLI finds it.
    expect(r.stdout).toMatch(/^ {2}✓ Docker engine +Docker \S+ \(API [\d.]+\), (unix|tcp|npipe):\/\/\S+ \((DOCKER_HOST|found socket|context "[^"]+")\)$/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] Engine kind +(native Linux|Docker Desktop|Colima|rootless Docker|OrbStack|Podman|other)/m);
    expect(r.stdout).toMatch(/^ {2}✓ Lab image +\S+ (is on the engine|was built now)/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] Exercise subnets +/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] The note's 192\.168\.0\.0\/16 +/m);
    expect(r.stdout).toContain("Ready for the course");
    expect(r.code).toBe(0);
  });

  test("the engine of the current Docker context (`docker context use`), with DOCKER_HOST unset: found through it, its endpoint said", async () => {
    const real = locateEngine();
    if (!real.socketPath) throw new Error(`this test links to the engine's socket; the engine here is ${real.label}`);
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-doctor-context-"));
    try {
      // A context the docker CLI itself writes, to a path that only it names: a link to the real socket.
      const link = path.join(home, "engine.sock");
      fs.symlinkSync(real.socketPath, link);
      const config = path.join(home, ".docker");
      execFileSync("docker", ["--config", config, "context", "create", "netlab-test", "--docker", `host=unix://${link}`], { stdio: "ignore" });
      execFileSync("docker", ["--config", config, "context", "use", "netlab-test"], { stdio: "ignore" });
      const r = await netlab(["doctor"], { cwd: ROOT, env: { ...NO_DOCKER_SETTINGS, HOME: home } });
      const line = r.stdout.split("\n").find((l) => l.includes("Docker engine")) ?? r.stdout;
      expect(line).toMatch(/^ {2}✓ Docker engine +Docker \S+ \(API [\d.]+\), /);
      expect(line.endsWith(`, unix://${link} (context "netlab-test")`)).toBe(true);
      // The rest of doctor (testcontainers) reached the engine through the same context.
      expect(r.stdout).toMatch(/^ {2}[✓!] Engine kind +/m);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  test("a current context that does not exist: said so, with how to choose one, not another engine (exit 3)", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-doctor-context-"));
    try {
      const r = await netlab(["doctor"], { cwd: ROOT, env: { ...NO_DOCKER_SETTINGS, HOME: home, DOCKER_CONTEXT: "netlab-gone" } });
      expect(r.stdout).toMatch(/^ {2}✗ Docker engine +The Docker context "netlab-gone" \(chosen by DOCKER_CONTEXT\) does not exist: there is no \S+\/\.docker\/contexts\/meta\/[0-9a-f]{64}\/meta\.json\.$/m);
      expect(r.stdout).toContain("docker context use");
      expect(r.stdout).not.toContain("sudo systemctl start docker");
      expect(r.code).toBe(3);
    } finally {
      fs.rmSync(home, { recursive: true, force: true });
    }
  });

  test("in Chinese with NETLAB_LANG=zh", async () => {
    const r = await netlab(["doctor"], { cwd: ROOT, env: { ...NO_ENGINE, NETLAB_LANG: "zh" } });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("无法连接 Docker 引擎");
    expect(r.stdout).toContain("已跳过：需要引擎");
  });
});
