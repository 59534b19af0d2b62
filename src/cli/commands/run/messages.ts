import { entry } from "../../../messages/entry";

/** The texts of `netlab run`, and the check of one exercise it shares with `watch` (src/cli/check). */
export const runMessages = {
  cliRunSummary: entry(
    () => "check one exercise on the live engine (default: the current one)",
    () => "在真实引擎上检查一个练习（默认：当前练习）",
  ),
  cliRunUsage: entry(
    () =>
      `Usage: npx netlab run [id]\n\n` +
      `Runs the course tests of one exercise against your code in exercises/, on the live Docker engine,\n` +
      `and prints what each check saw. Without an id: the first exercise that is not done yet.\n` +
      `The result (done / pending) goes to .netlab/progress.json.`,
    () =>
      `用法：npx netlab run [id]\n\n` +
      `在真实 Docker 引擎上，用课程测试检查你在 exercises/ 中写的某个练习的代码，并打印每项检查看到的结果。\n` +
      `不带 id：第一个尚未完成的练习。结果（完成 / 未完成）记录在 .netlab/progress.json。`,
  ),
  cliChecking: entry<{ id: string; title: string }>(
    (p) => `Checking ${p.id} (${p.title}) on the live engine...`,
    (p) => `正在真实引擎上检查 ${p.id}（${p.title}）……`,
  ),
  cliCheckStill: entry<{ what: string; seconds: number }>(
    (p) => `still ${p.what} (${p.seconds} s so far)...`,
    (p) => `仍在${p.what}（已 ${p.seconds} 秒）……`,
  ),
  cliPhaseLoading: entry(
    () => "loading jest, ts-jest and TypeScript",
    () => "加载 jest、ts-jest 和 TypeScript",
  ),
  cliPhaseSetUp: entry(
    () => "starting the run: the engine check, the leftovers of interrupted runs, the lab image",
    () => "启动本次运行：检查引擎、清理被中断的运行留下的资源、准备实验镜像",
  ),
  cliPhaseCompile: entry(
    () => "loading the test file: the first check in a folder compiles its TypeScript, later ones reuse it",
    () => "加载测试文件：一个目录中的第一次检查会编译其中的 TypeScript，之后的检查直接复用",
  ),
  cliPhaseExercise: entry(
    () => "running your exercise on the engine",
    () => "在引擎上运行你的练习",
  ),
  cliPhaseChecks: entry(
    () => "running the checks",
    () => "运行各项检查",
  ),
  cliCheckPassed: entry<{ id: string; passed: number; skipped: number; points: number }>(
    (p) => `✓ ${p.id} passed: ${p.passed}/${p.passed} checks${p.skipped ? ` (${p.skipped} skipped on this engine)` : ""}, +${p.points} points.`,
    (p) => `✓ ${p.id} 通过：${p.passed}/${p.passed} 项检查${p.skipped ? `（${p.skipped} 项在此引擎上跳过）` : ""}，+${p.points} 分。`,
  ),
  cliCheckNotShown: entry<{ id: string; skipped: number; docs: string }>(
    (p) => `○ ${p.id}: this engine cannot show any of its ${p.skipped} checks (why: above). It is n/a here, not passed; read docs/en/${p.docs} and try it on an engine that shows it.`,
    (p) => `○ ${p.id}：此引擎无法展示它的全部 ${p.skipped} 项检查（原因见上）。它在这里不适用，也不算通过；请阅读 docs/zh/${p.docs}，并在能展示它的引擎上试试。`,
  ),
  cliCheckFailed: entry<{ id: string; passed: number; total: number }>(
    (p) => `✗ ${p.id} is not done yet: ${p.passed}/${p.total} checks pass.`,
    (p) => `✗ ${p.id} 尚未完成：${p.passed}/${p.total} 项检查通过。`,
  ),
  cliCheckBlocked: entry<{ id: string }>(
    (p) => `✗ ${p.id} is not done yet: its code was stopped (above), so none of its checks could run.`,
    (p) => `✗ ${p.id} 尚未完成：它的代码被终止了（见上文），所以没有一项检查能够运行。`,
  ),
  cliCheckSuiteFailed: entry<{ id: string; file: string }>(
    (p) => `✗ ${p.id}: its tests could not run at all (see above). Most often a syntax error or a wrong import in ${p.file}.`,
    (p) => `✗ ${p.id}：测试完全无法运行（见上文）。最常见的原因是 ${p.file} 中有语法错误或错误的 import。`,
  ),
  cliCheckCrashed: entry<{ id: string; output: string }>(
    (p) =>
      `✗ jest stopped before it could check ${p.id}. Its last words:\n${p.output}\n` +
      `Try: \`npx netlab doctor\` (engine, lab image), then run the check again.`,
    (p) => `✗ jest 在检查 ${p.id} 之前就停止了。它最后的输出：\n${p.output}\n试试：\`npx netlab doctor\`（检查引擎和实验镜像），然后重新检查。`,
  ),
  cliRunnerMissing: entry<{ module: string }>(
    (p) => `✗ Cannot run the checks: the package "${p.module}" is not installed in this project.\nTry: \`npm install\` (in the folder with package.json), then check again.`,
    (p) => `✗ 无法运行检查：本项目中没有安装 "${p.module}"。\n试试：在 package.json 所在目录运行 \`npm install\`，然后再检查。`,
  ),
  cliCheckTimeout: entry<{ id: string; seconds: number }>(
    (p) =>
      `✗ The check of ${p.id} made no progress for ${p.seconds}s and was stopped; what it made on the engine was removed.\n` +
      `Why: usually code that never returns, e.g. \`while (true) {}\` or a loop around an \`await\` that never ends.`,
    (p) =>
      `✗ 对 ${p.id} 的检查在 ${p.seconds} 秒内没有任何进展，已被停止；它在引擎上创建的内容已被删除。\n` +
      `原因：通常是代码永远不返回，比如 \`while (true) {}\`，或围绕一个永不结束的 \`await\` 的循环。`,
  ),
  cliInterrupted: entry<{ run: string }>(
    (p) => `Interrupted: the check stops and removes what it made on the engine (run ${p.run}).`,
    (p) => `已中断：检查停止，并删除它在引擎上创建的内容（运行 ${p.run}）。`,
  ),
  cliAfterFail: entry<{ id: string; file: string }>(
    (p) =>
      `Edit ${p.file}, then \`npx netlab run ${p.id}\` again (or \`npx netlab watch\`, which checks on every save).\n` +
      `Stuck? \`npx netlab hint ${p.id}\``,
    (p) => `编辑 ${p.file}，然后再次运行 \`npx netlab run ${p.id}\`（或 \`npx netlab watch\`，每次保存都会检查）。\n卡住了？\`npx netlab hint ${p.id}\``,
  ),
};
