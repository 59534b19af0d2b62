import { entry } from "../../../messages/entry";

/** The texts of `netlab progress`: the bars per course and chapter. */
export const progressMessages = {
  cliProgressSummary: entry(
    () => "your progress: a bar for the course and one per chapter",
    () => "你的进度：整个课程和每一章的进度条",
  ),
  cliProgressUsage: entry(
    () =>
      `Usage: npx netlab progress\n\n` +
      `Shows how far you are, from the state file .netlab/progress.json (written by \`run\` and \`watch\`,\n` +
      `cleared per exercise by \`reset\`).`,
    () =>
      `用法：npx netlab progress\n\n` +
      `根据状态文件 .netlab/progress.json（由 \`run\` 和 \`watch\` 写入，\`reset\` 按练习清除）显示你的进度。`,
  ),
  cliProgressTotal: entry<{ bar: string; done: number; total: number; points: number; totalPoints: number }>(
    (p) => `Progress ${p.bar} ${p.done}/${p.total} exercises, ${p.points}/${p.totalPoints} points`,
    (p) => `进度 ${p.bar} ${p.done}/${p.total} 个练习，${p.points}/${p.totalPoints} 分`,
  ),
  cliProgressLeft: entry<{ ids: string }>(
    (p) => `left: ${p.ids}`,
    (p) => `剩余：${p.ids}`,
  ),
  cliProgressFile: entry<{ file: string }>(
    (p) => `(state: ${p.file})`,
    (p) => `（状态文件：${p.file}）`,
  ),
};
