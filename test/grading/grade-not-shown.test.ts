import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { main } from "../../src/cli/cli";
import { PROFILE_ENV, type EngineProfile } from "../../src/runtime/engine-profile";
import { engineProfile } from "../../src/runtime/read-engine-profile";

const root = path.resolve(__dirname, "..", "..");

/**
 * A grading engine that cannot show a lesson: this engine's own profile with legacy links switched
 * off (as on Podman). The link checks are then n/a: out of max_score, named in feedback.md, and no
 * submission can earn or lose their points.
 */
describe("netlab grade on an engine that cannot show --link: n/a checks are left out and named", () => {
  let dir: string;
  let before: string | undefined;

  beforeAll(async () => {
    process.env.NETLAB_LANG = "en";
    before = process.env[PROFILE_ENV];
    const here = await engineProfile();
    const noLinks: EngineProfile = { ...here, legacyLinks: false, linkEnvVars: false };
    process.env[PROFILE_ENV] = JSON.stringify(noLinks);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "netlab-grade-na-"));
    // An honest submission: the reference solutions.
    fs.cpSync(path.join(root, "solutions"), path.join(dir, "honest", "exercises"), { recursive: true });
  });

  afterAll(() => {
    if (before === undefined) delete process.env[PROFILE_ENV];
    else process.env[PROFILE_ENV] = before;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test("ch3-link is out of the maximum; ch3-default-bridge keeps its points; feedback.md says why", async () => {
    const out = path.join(dir, "out");
    let said = "";
    const code = await main(["grade", path.join(dir, "honest"), "--out", out, "--exercises", "ch3-link,ch3-default-bridge"], {
      cwd: root,
      stdout: (s) => (said += `${s}\n`),
      stderr: (s) => (said += `${s}\n`),
    });
    if (code !== 0) throw new Error(said);
    const results = JSON.parse(fs.readFileSync(path.join(out, "honest", "results.json"), "utf8")) as { score: number; max_score: number; output: string; tests: Array<{ tags: string[] }> };
    // ch3-default-bridge is worth 3 points; ch3-link's 4 are not counted here.
    expect([results.score, results.max_score]).toEqual([3, 3]);
    expect(results.tests.every((t) => t.tags.includes("ch3-default-bridge"))).toBe(true);
    expect(results.output).toContain("4 check(s) are n/a on the grading engine");
    const feedback = fs.readFileSync(path.join(out, "honest", "feedback.md"), "utf8");
    expect(feedback).toContain("## Not counted on the grading engine");
    expect(feedback).toMatch(/ch3-link: c2 reaches c1 by name: .*legacy --link/);
  }, 240_000);
});
