import { ROOT, netlab } from "./support/scratch-project";

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

  test("an unknown command is a usage error (exit 2) that shows the commands", async () => {
    const r = await netlab(["frobnicate"], { cwd: ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown command "frobnicate"');
    expect(r.stderr).toContain("Commands:");
  });
});
