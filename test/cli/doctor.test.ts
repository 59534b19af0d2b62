import { NO_ENGINE } from "./support/engine";
import { netlab, quickest, ROOT } from "./support/scratch-project";

describe("netlab doctor", () => {
  test("with no engine reachable: says so without hanging, with the fix, exit 3; engine checks skipped", async () => {
    const r = await quickest(3, () => netlab(["doctor"], { cwd: ROOT, env: NO_ENGINE }));
    expect(r.code).toBe(3);
    // 2 s is the figure scripts/bench.ts measures; a test on a loaded 2-core machine only proves the bound.
    expect(r.ms).toBeLessThan(8000);
    expect(r.stdout).toMatch(/^ {2}✗ Docker engine +\/nonexistent\/netlab-test\/docker\.sock: ENOENT$/m);
    expect(r.stdout).toContain("Fix: Docker engine not reachable");
    expect(r.stdout).toContain("sudo systemctl start docker");
    expect(r.stdout).toMatch(/^ {2}- Lab image +skipped: needs the engine$/m);
    expect(r.stdout).toContain("The Docker engine is not reachable: nothing in the course can run until it is");
  });

  test("on this machine's engine: reachable, its kind, the lab image, free subnets; ready (exit 0)", async () => {
    const r = await netlab(["doctor"], { cwd: ROOT });
    expect(r.stdout).toMatch(/^ {2}✓ Node\.js +v\d+/m);
    expect(r.stdout).toMatch(/^ {2}✓ Docker engine +Docker \S+ \(API [\d.]+\)/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] Engine kind +(native Linux|Docker Desktop|Colima|rootless Docker|OrbStack|Podman|other)/m);
    expect(r.stdout).toMatch(/^ {2}✓ Lab image +\S+ (is on the engine|was built now)/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] Exercise subnets +/m);
    expect(r.stdout).toMatch(/^ {2}[✓!] The note's 192\.168\.0\.0\/16 +/m);
    expect(r.stdout).toContain("Ready for the course");
    expect(r.code).toBe(0);
  });

  test("in Chinese with NETLAB_LANG=zh", async () => {
    const r = await netlab(["doctor"], { cwd: ROOT, env: { ...NO_ENGINE, NETLAB_LANG: "zh" } });
    expect(r.code).toBe(3);
    expect(r.stdout).toContain("无法连接 Docker 引擎");
    expect(r.stdout).toContain("已跳过：需要引擎");
  });
});
