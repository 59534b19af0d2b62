import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { commands } from "../../src/cli/commands";
import { ROOT, netlab } from "./support/scratch-project";

/** The modules a CLI call loads: its own code, and nothing of another command, the engine or the compiler. */
async function loadsOf(args: string[]): Promise<{ specs: number; commands: string[]; heavy: string[] }> {
  const file = path.join(os.tmpdir(), `netlab-loads-${process.pid}-${Date.now()}.txt`);
  const hook = path.join(__dirname, "support", "record-loads.js");
  try {
    const r = await netlab(args, { cwd: ROOT, env: { NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${hook}`, NETLAB_LOADS_FILE: file } });
    expect(r.code).toBe(0);
    const loaded = fs.readFileSync(file, "utf8").split("\n");
    return {
      specs: loaded.filter((f) => /src\/cli\/commands\/[^/]+\/spec\.ts$/.test(f)).length,
      commands: loaded.flatMap((f) => /src\/cli\/commands\/([^/]+)\/index\.ts$/.exec(f)?.[1] ?? []),
      heavy: loaded.filter((f) => /node_modules\/(typescript|testcontainers|dockerode)\//.test(f)),
    };
  } finally {
    fs.rmSync(file, { force: true });
  }
}

describe("netlab --help", () => {
  test("lists every learner command and documents the exit codes", async () => {
    const r = await netlab(["--help"], { cwd: ROOT });
    expect(r.code).toBe(0);
    for (const name of ["doctor", "list", "watch", "run", "hint", "explore", "progress", "reset", "clean"]) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stdout).toMatch(/^ {2}3 +the Docker engine is not reachable$/m);
    expect(r.stdout).toMatch(/^ {2}70 +netlab itself failed/m);
  });

  test("in Chinese with NETLAB_LANG=zh", async () => {
    const r = await netlab(["--help"], { cwd: ROOT, env: { NETLAB_LANG: "zh" } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("用法：npx netlab <命令>");
    expect(r.stdout).toContain("退出码：");
    expect(r.stdout).toContain("每次保存时检查当前练习");
  });

  test("help <command> shows that command's usage", async () => {
    const r = await netlab(["help", "watch"], { cwd: ROOT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npx netlab watch \[--poll\]/);
    expect((await netlab(["reset", "--help"], { cwd: ROOT })).stdout).toMatch(/^Usage: npx netlab reset <id> \[--yes\]/);
  });

  test("--help and help <command> load no command's code, list only its own spec and code; none loads TypeScript or the engine code", async () => {
    expect(await loadsOf(["--help"])).toEqual({ specs: commands.length, commands: [], heavy: [] });
    expect(await loadsOf(["help", "grade"])).toEqual({ specs: 1, commands: [], heavy: [] });
    expect(await loadsOf(["list"])).toEqual({ specs: 1, commands: ["list"], heavy: [] });
  });

  test("`npx netlab` runs the project's own command from node_modules/.bin, with nothing to install", () => {
    // A root package.json that names the command itself sends npx the long way round: it installs the
    // project into its own cache on every call (about 0.6 s). bin/ is a package of its own instead.
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { bin?: unknown; version: string };
    expect(manifest.bin).toBeUndefined();
    expect(fs.realpathSync(path.join(ROOT, "node_modules", ".bin", "netlab"))).toBe(path.join(ROOT, "bin", "netlab.js"));
    const r = spawnSync("npx", ["netlab", "--version"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect({ code: r.status, stdout: r.stdout.trim() }).toEqual({ code: 0, stdout: manifest.version });
  });

  test("an unknown command is a usage error (exit 2) that shows the commands", async () => {
    const r = await netlab(["frobnicate"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
    expect(r.stderr).toContain("Commands:");
  });
});
