import { entry } from "../../../messages/entry";

/** The texts of `netlab list`: the table of exercises. */
export const listMessages = {
  cliListSummary: entry(
    () => "the exercises in course order, with chapter, points and status",
    () => "按课程顺序列出练习，包括章节、分值和状态",
  ),
  cliListUsage: entry(
    () =>
      `Usage: npx netlab list [--json]\n\n` +
      `Lists every exercise in course order: its id (what \`run\`, \`hint\`, \`reset\` and \`explore\` take),\n` +
      `chapter, points and status (done / pending; ▶ marks the current one). --json prints it as data.`,
    () =>
      `用法：npx netlab list [--json]\n\n` +
      `按课程顺序列出全部练习：id（\`run\`、\`hint\`、\`reset\` 和 \`explore\` 使用它）、章节、分值和状态\n` +
      `（完成 / 未完成；▶ 表示当前练习）。--json 以数据形式输出。`,
  ),
  cliColId: entry(() => "id", () => "id"),
  cliColChapter: entry(() => "chapter", () => "章节"),
  cliColPoints: entry(() => "points", () => "分值"),
  cliColStatus: entry(() => "status", () => "状态"),
  cliColTitle: entry(() => "title", () => "标题"),
  cliDone: entry(() => "done", () => "完成"),
  cliPending: entry(() => "pending", () => "未完成"),
  cliNotShown: entry(() => "n/a here", () => "此处不适用"),
  cliListFooter: entry<{ done: number; total: number; points: number; totalPoints: number }>(
    (p) => `${p.done}/${p.total} exercises done, ${p.points}/${p.totalPoints} points.`,
    (p) => `已完成 ${p.done}/${p.total} 个练习，${p.points}/${p.totalPoints} 分。`,
  ),
};
