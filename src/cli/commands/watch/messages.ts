import { entry } from "../../../messages/entry";

/** The texts of `netlab watch`: the watch session's lines (src/cli/watch). */
export const watchMessages = {
  cliWatchSummary: entry(
    () => "check the current exercise on every save, and move on when it passes",
    () => "每次保存时检查当前练习，通过后进入下一个",
  ),
  cliWatchUsage: entry(
    () =>
      `Usage: npx netlab watch [--poll]\n\n` +
      `Checks the first exercise that is not done, then again each time you save its file; when it passes,\n` +
      `goes on to the next. On a terminal: h = hint, l = list, r = check again, q = quit.\n` +
      `--poll looks at the file every 200 ms instead of waiting for change events (WSL2 /mnt drives,\n` +
      `network drives, some containers). netlab also turns to polling by itself when a save comes without an event.`,
    () =>
      `用法：npx netlab watch [--poll]\n\n` +
      `检查第一个尚未完成的练习，之后每次保存该文件都会重新检查；通过后进入下一个。\n` +
      `在终端中：h = 提示，l = 列表，r = 重新检查，q = 退出。\n` +
      `--poll 每 200 毫秒查看一次文件，而不是等待文件变更事件（WSL2 的 /mnt 盘、网络盘、某些容器）。\n` +
      `如果保存后没有收到事件，netlab 也会自动改为轮询。`,
  ),
  cliWatchStart: entry(
    () => `netlab watch: checking the current exercise on every save. Ctrl-C stops.`,
    () => `netlab watch：每次保存都会检查当前练习。按 Ctrl-C 停止。`,
  ),
  cliWatchStartKeys: entry(
    () => `netlab watch: checking the current exercise on every save. Keys: h hint · l list · r check again · q quit`,
    () => `netlab watch：每次保存都会检查当前练习。按键：h 提示 · l 列表 · r 重新检查 · q 退出`,
  ),
  cliWatchFocus: entry<{ id: string; n: number; total: number; title: string; file: string }>(
    (p) => `▶ Exercise ${p.n}/${p.total}: ${p.id} (${p.title})\n  Your file: ${p.file}`,
    (p) => `▶ 练习 ${p.n}/${p.total}：${p.id}（${p.title}）\n  你的文件：${p.file}`,
  ),
  cliWatchChanged: entry<{ file: string }>(
    (p) => `${p.file} saved: checking again.`,
    (p) => `${p.file} 已保存：重新检查。`,
  ),
  cliWatchWaiting: entry<{ file: string; id: string }>(
    (p) => `Waiting for you to save ${p.file}... Stuck? Run \`npx netlab hint ${p.id}\` in another terminal.`,
    (p) => `等待你保存 ${p.file}……卡住了？在另一个终端运行 \`npx netlab hint ${p.id}\`。`,
  ),
  cliWatchWaitingKeys: entry<{ file: string; id: string }>(
    (p) => `Waiting for you to save ${p.file}... Stuck? press h, or run \`npx netlab hint ${p.id}\` in another terminal.`,
    (p) => `等待你保存 ${p.file}……卡住了？按 h，或在另一个终端运行 \`npx netlab hint ${p.id}\`。`,
  ),
  cliWatchMovingOn: entry<{ id: string }>(
    (p) => `On to the next exercise: ${p.id}.`,
    (p) => `进入下一个练习：${p.id}。`,
  ),
  cliWatchPolling: entry<{ file: string }>(
    (p) => `(Polling ${p.file} every 200 ms, as --poll asks.)`,
    (p) => `（按 --poll 的要求，每 200 毫秒查看一次 ${p.file}。）`,
  ),
  cliWatchFallback: entry<{ why: string; file: string }>(
    (p) =>
      `File change events do not arrive here (${p.why}): polling ${p.file} every 200 ms instead.\n` +
      `To start this way next time: \`npx netlab watch --poll\`.`,
    (p) => `这里收不到文件变更事件（${p.why}）：改为每 200 毫秒查看一次 ${p.file}。\n下次可以直接这样启动：\`npx netlab watch --poll\`。`,
  ),
  cliWatchWhyWsl: entry(
    () => "a Windows drive under /mnt in WSL2",
    () => "WSL2 中 /mnt 下的 Windows 磁盘",
  ),
  cliWatchWhyNoEvents: entry(
    () => "a save came without an event",
    () => "保存后没有收到事件",
  ),
  cliWatchWhyError: entry<{ error: string }>(
    (p) => `the file watcher failed: ${p.error}`,
    (p) => `文件监视失败：${p.error}`,
  ),
  cliWatchBye: entry(
    () => `Stopped watching. Your progress is kept in .netlab/progress.json; \`npx netlab watch\` picks up where you left off.`,
    () => `已停止监视。你的进度保存在 .netlab/progress.json；\`npx netlab watch\` 会从你停下的地方继续。`,
  ),
};
